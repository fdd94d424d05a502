#[derive(Debug)]
struct Rgb(u8, u8, u8);

fn main() {
    let orange = Rgb(r: 255, g: 165, b: 0);
    println!("{:?}", orange);
}
