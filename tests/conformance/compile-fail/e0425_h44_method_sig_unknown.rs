// A method whose parameter type is unknown, called with the wrong arity.
struct Canvas {
    w: u32,
    h: u32,
    ink: u32,
}

impl Canvas {
    fn new(w: u32, h: u32) -> Canvas {
        Canvas { w, h, ink: 0 }
    }

    fn line(&mut self, from: Pos, to: Pos) -> u32 {
        self.ink += 1;
        self.ink
    }

    fn fill(&mut self, c: u8) -> Shade {
        self.ink += self.w * self.h;
        c
    }
}

fn main() {
    let mut c = Canvas::new(10, 5);
    let a = c.line(1);
    let b = c.line(1, 2, 3);
    let s = c.fill(9) + 1;
    let t = c.fill();
    let total: bool = a + b;
    println!("{} {} {} {}", total, s, t, c.ink);
}
