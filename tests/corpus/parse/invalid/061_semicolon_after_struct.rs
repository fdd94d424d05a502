#[derive(Debug, Default)]
struct Settings {
    width: u32,
    height: u32,
};

fn main() {
    let s = Settings::default();
    println!("{:?}", s);
}
