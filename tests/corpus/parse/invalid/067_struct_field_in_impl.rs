struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    area: u32,

    fn new(width: u32, height: u32) -> Self {
        Rectangle { width, height }
    }
}

fn main() {
    let r = Rectangle::new(2, 3);
    println!("{}", r.width * r.height);
}
