// `=` instead of `:` in a struct literal.
#[derive(Debug)]
struct Size {
    w: u32,
    h: u32,
}

fn main() {
    let s = Size { w = 10, h = 20 };
    println!("{:?}", s);
}
