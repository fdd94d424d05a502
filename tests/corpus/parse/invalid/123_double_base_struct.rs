#[derive(Debug, Default, Clone)]
struct Style {
    bold: bool,
    size: u8,
}

fn main() {
    let a = Style { bold: true, ..Default::default() };
    let b = Style { size: 12, ..Default::default() };
    let merged = Style { ..a, ..b };
    println!("{:?}", merged);
}
