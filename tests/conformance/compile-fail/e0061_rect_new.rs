// A rectangle constructor called with too few arguments and another with too many.
#[derive(Debug)]
struct Rect {
    x: i32,
    y: i32,
    w: u32,
    h: u32,
}

impl Rect {
    fn new(x: i32, y: i32, w: u32, h: u32) -> Rect {
        Rect { x, y, w, h }
    }
    fn square(x: i32, y: i32, side: u32) -> Rect {
        Rect::new(x, y, side, side)
    }
}

fn main() {
    let a = Rect::new(0, 0, 10);
    let b = Rect::square(1, 1, 5, 5);
    println!("{:?} {:?}", a, b);
}
