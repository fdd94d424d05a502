#[derive(Debug, Clone, Copy)]
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn main() {
    let r = Rect { w: 3, h: 5 };
    println!("{:?} has area {}", r, r.area);
}
