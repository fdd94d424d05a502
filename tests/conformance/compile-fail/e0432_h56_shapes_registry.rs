// Shape registry: shapes are registered in a fixed table, drawn as ASCII
// art into a canvas and summarised. Organised in several modules.

mod canvas {
    pub const W: usize = 24;
    pub const H: usize = 12;

    pub struct Canvas {
        pub px: [[u8; W]; H],
    }

    impl Canvas {
        pub fn new() -> Canvas {
            Canvas { px: [[b' '; W]; H] }
        }

        pub fn plot(&mut self, x: i32, y: i32, c: u8) {
            if x >= 0 && y >= 0 && (x as usize) < W && (y as usize) < H {
                self.px[y as usize][x as usize] = c;
            }
        }

        pub fn show(&self) {
            print!("+");
            for _ in 0..W {
                print!("-");
            }
            println!("+");
            for row in self.px.iter() {
                print!("|");
                for &c in row {
                    print!("{}", c as char);
                }
                println!("|");
            }
        }
    }
}

mod shapes {
    use super::canvas::Canvas;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Shape {
        Rect { x: i32, y: i32, w: i32, h: i32 },
        Circle { cx: i32, cy: i32, r: i32 },
        Line { x0: i32, y0: i32, x1: i32, y1: i32 },
        Dot(i32, i32),
    }

    impl Shape {
        pub fn area(&self) -> f64 {
            match *self {
                Shape::Rect { w, h, .. } => (w * h) as f64,
                Shape::Circle { r, .. } => std::f64::consts::PI * (r * r) as f64,
                Shape::Line { .. } | Shape::Dot(..) => 0.0,
            }
        }

        pub fn draw(&self, c: &mut Canvas, ink: u8) {
            match *self {
                Shape::Rect { x, y, w, h } => {
                    for i in 0..w {
                        c.plot(x + i, y, ink);
                        c.plot(x + i, y + h - 1, ink);
                    }
                    for j in 0..h {
                        c.plot(x, y + j, ink);
                        c.plot(x + w - 1, y + j, ink);
                    }
                }
                Shape::Circle { cx, cy, r } => {
                    for y in -r..=r {
                        for x in -2 * r..=2 * r {
                            let d = (x * x) / 4 + y * y;
                            if d <= r * r && d >= (r - 1) * (r - 1) {
                                c.plot(cx + x, cy + y, ink);
                            }
                        }
                    }
                }
                Shape::Line { x0, y0, x1, y1 } => {
                    let dx = (x1 - x0).abs();
                    let dy = -(y1 - y0).abs();
                    let sx = if x0 < x1 { 1 } else { -1 };
                    let sy = if y0 < y1 { 1 } else { -1 };
                    let (mut x, mut y, mut err) = (x0, y0, dx + dy);
                    loop {
                        c.plot(x, y, ink);
                        if x == x1 && y == y1 {
                            break;
                        }
                        let e2 = 2 * err;
                        if e2 >= dy {
                            err += dy;
                            x += sx;
                        }
                        if e2 <= dx {
                            err += dx;
                            y += sy;
                        }
                    }
                }
                Shape::Dot(x, y) => c.plot(x, y, ink),
            }
        }
    }
}

mod registry {
    use super::shapes::Shape;
    use super::canvas::Canvass;

    pub const MAX: usize = 8;

    pub struct Registry {
        pub items: [Shape; MAX],
        pub inks: [u8; MAX],
        pub len: usize,
    }

    impl Registry {
        pub fn new() -> Registry {
            Registry { items: [Shape::Dot(0, 0); MAX], inks: [b'.'; MAX], len: 0 }
        }

        pub fn add(&mut self, s: Shape, ink: u8) -> usize {
            self.items[self.len] = s;
            self.inks[self.len] = ink;
            self.len += 1;
            self.len - 1
        }

        pub fn total_area(&self) -> f64 {
            let mut t = 0.0;
            for s in &self.items[..self.len] {
                t += s.area();
            }
            t
        }
    }
}

use canvas::Canvas;
use registry::Registry;
use shapes::Shape;

fn main() {
    let mut reg = Registry::new();
    reg.add(Shape::Rect { x: 1, y: 1, w: 10, h: 6 }, b'#');
    reg.add(Shape::Circle { cx: 16, cy: 6, r: 4 }, b'o');
    reg.add(Shape::Line { x0: 0, y0: 11, x1: 23, y1: 0 }, b'/');
    reg.add(Shape::Dot(5, 4), b'*');
    let mut c = Canvas::new();
    for i in 0..reg.len {
        reg.items[i].draw(&mut c, reg.inks[i]);
    }
    c.show();
    println!("total area {:.2}", reg.total_area());
    let big = geometry::largest(&reg);
    println!("{:?}", big);
}
