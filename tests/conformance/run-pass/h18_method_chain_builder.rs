// Methods returning `&mut Self` chained together, `self`-consuming builders, and
// associated consts.
#[derive(Debug, Clone, Copy)]
struct Canvas {
    pixels: [[char; 8]; 4],
    pen: char,
    cursor: (usize, usize),
}

impl Canvas {
    const WIDTH: usize = 8;
    const HEIGHT: usize = 4;

    fn blank() -> Self {
        Canvas { pixels: [['.'; 8]; 4], pen: '#', cursor: (0, 0) }
    }

    fn pen(mut self, c: char) -> Self {
        self.pen = c;
        self
    }

    fn move_to(&mut self, x: usize, y: usize) -> &mut Self {
        self.cursor = (x.min(Self::WIDTH - 1), y.min(Self::HEIGHT - 1));
        self
    }

    fn dot(&mut self) -> &mut Self {
        let (x, y) = self.cursor;
        self.pixels[y][x] = self.pen;
        self
    }

    fn right(&mut self, n: usize) -> &mut Self {
        for _ in 0..n {
            self.dot();
            self.cursor.0 = (self.cursor.0 + 1) % Self::WIDTH;
        }
        self
    }

    fn count(&self, c: char) -> usize {
        let mut n = 0;
        for row in self.pixels.iter() {
            for &p in row {
                if p == c {
                    n += 1;
                }
            }
        }
        n
    }

    fn show(&self) {
        for row in &self.pixels {
            let mut line = [0u8; 8];
            for (i, ch) in row.iter().enumerate() {
                line[i] = *ch as u8;
            }
            for b in line {
                print!("{}", b as char);
            }
            println!();
        }
    }
}

fn main() {
    let mut c = Canvas::blank().pen('*');
    c.move_to(1, 1).right(5).move_to(0, 3).dot().move_to(20, 20).dot();
    c.pen = 'o';
    c.move_to(6, 0).right(4);
    c.show();
    println!("stars {} os {} dots {}", c.count('*'), c.count('o'), c.count('.'));
    let copy = c.pen('+');
    println!("{} {} {:?}", copy.pen, c.pen, copy.cursor);
}
