// Rectangles: a struct field has a misspelled type, and reading a misspelled
// field yields a value whose later uses stay silent.
#[derive(Debug, Clone, Copy)]
struct Size {
    width: u32,
    height: u32,
}

struct Panel {
    size: Size,
    border: Borderr,
    title: &'static str,
}

fn area(s: &Size) -> u32 {
    s.width * s.height
}

fn framed_area(p: &Panel) -> u32 {
    let b = p.border;
    let inner = area(&p.size);
    inner + b * 2 + p.border.thickness
}

fn main() {
    let s = Size { width: 30, height: 10 };
    let w = s.widht;
    let doubled: u32 = w * 2;
    let as_bool: bool = w;
    let half = w.pow(2) + w.len();
    println!("{} {} {} {} {}", area(&s), doubled, as_bool, half, s.height);
}
