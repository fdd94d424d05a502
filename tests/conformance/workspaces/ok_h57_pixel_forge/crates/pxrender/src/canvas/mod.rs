use shapes::{Point, Shape};

pub const W: usize = 8;
pub const H: usize = 5;

pub struct Canvas {
    cells: [[char; W]; H],
    pub drawn: u32,
}

impl Canvas {
    pub fn new() -> Canvas {
        Canvas { cells: [[crate::BLANK; W]; H], drawn: 0 }
    }

    fn plot(&mut self, p: Point) {
        if p.x >= 0 && p.y >= 0 && (p.x as usize) < W && (p.y as usize) < H {
            self.cells[p.y as usize][p.x as usize] = crate::INK;
        }
    }

    pub fn draw(&mut self, s: &Shape) {
        self.drawn += 1;
        match s {
            Shape::Dot(p) => self.plot(*p),
            Shape::Rect { corner, w, h } => {
                for dy in 0..*h as i32 {
                    for dx in 0..*w as i32 {
                        self.plot(Point { x: corner.x + dx, y: corner.y + dy });
                    }
                }
            }
            Shape::Line(a, b) => {
                let steps = s.area() as i32;
                for i in 0..steps {
                    let x = a.x + (b.x - a.x) * i / (steps - 1).max(1);
                    let y = a.y + (b.y - a.y) * i / (steps - 1).max(1);
                    self.plot(Point { x, y });
                }
            }
        }
    }

    pub fn show(&self) {
        for row in self.cells.iter() {
            for c in row {
                print!("{}", c);
            }
            println!();
        }
    }
}
