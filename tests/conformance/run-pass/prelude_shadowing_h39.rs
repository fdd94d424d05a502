// User types named like prelude items: a shipping Box, a geometry Vec and an Option enum.
#[derive(Debug, Clone, Copy)]
struct Box {
    w: u32,
    h: u32,
    d: u32,
}

impl Box {
    fn volume(&self) -> u32 {
        self.w * self.h * self.d
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy)]
enum Option {
    Express,
    Standard,
}

fn price(b: Box, o: Option) -> u32 {
    let base = b.volume() / 10;
    match o {
        Option::Express => base * 2,
        Option::Standard => base,
    }
}

fn main() {
    let b = Box { w: 10, h: 20, d: 5 };
    let v = Vec { x: 1.5, y: -2.0 };
    println!("{:?} costs {}", b, price(b, Option::Express));
    println!("{} {:?}", price(b, Option::Standard), v);
}
