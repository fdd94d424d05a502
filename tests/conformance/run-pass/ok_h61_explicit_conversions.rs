// explicit casts in the places where people usually forget them
struct Grid {
    width: usize,
    height: usize,
    cells: [u8; 12],
}

impl Grid {
    fn index(&self, x: i32, y: i32) -> usize {
        (y as usize) * self.width + x as usize
    }

    fn get(&self, x: i32, y: i32) -> u8 {
        if x < 0 || y < 0 || x as usize >= self.width || y as usize >= self.height {
            return 0;
        }
        self.cells[self.index(x, y)]
    }

    fn density(&self) -> f64 {
        let mut filled = 0u32;
        for &c in self.cells.iter() {
            if c != b'.' {
                filled += 1;
            }
        }
        filled as f64 / (self.width * self.height) as f64
    }
}

fn main() {
    let g = Grid { width: 4, height: 3, cells: *b"#..##.#....#" };
    let c = g.get(3, 0) as char;
    let d = g.get(-1, 2);
    let n: u64 = g.width as u64 * 1000;
    let signed = -(g.height as i64);
    println!("{} {} {:.3} {} {}", c, d, g.density(), n, signed);
}
