// Indexing a struct and a tuple with [] as if they were arrays, and a field that does not exist.
#[derive(Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let c = Rgb { r: 10, g: 20, b: 30 };
    let red = c[0];
    let pair = (3, 4);
    let first = pair[0];
    println!("{} {} {} {}", red, first, c.g + c.b, c.alpha);
}
