// Uses of `Self` and `self` outside of impl blocks in a shape library.
#[derive(Debug, Clone, Copy)]
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn square(side: u32) -> Self {
        Self { w: side, h: side }
    }

    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn doubled(r: Rect) -> Self {
    Rect { w: r.w * 2, h: r.h * 2 }
}

fn perimeter(r: &Rect) -> u32 {
    2 * (r.w + r.h)
}

fn unit() -> Rect {
    Self::square(1)
}

fn main() {
    let r = Rect::square(3);
    println!("{} {} {:?} {:?}", r.area(), perimeter(&r), doubled(r), unit());
}
