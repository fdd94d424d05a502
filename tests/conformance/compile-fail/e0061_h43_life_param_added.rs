// set gets an alive parameter; five callers not updated
const W: usize = 8;
const H: usize = 6;

#[derive(Clone, Copy)]
struct Grid {
    cells: [[bool; W]; H],
    generation: u32,
}

impl Grid {
    fn empty() -> Grid {
        Grid { cells: [[false; W]; H], generation: 0 }
    }

    fn set(&mut self, row: usize, col: usize, alive: bool) {
        self.cells[row][col] = alive;
    }

    fn neighbours(&self, row: usize, col: usize) -> u8 {
        let mut count = 0;
        for dr in [H - 1, 0, 1] {
            for dc in [W - 1, 0, 1] {
                if dr == 0 && dc == 0 {
                    continue;
                }
                let r = (row + dr) % H;
                let c = (col + dc) % W;
                if self.cells[r][c] {
                    count += 1;
                }
            }
        }
        count
    }

    fn step(&self) -> Grid {
        let mut next = Grid::empty();
        next.generation = self.generation + 1;
        for r in 0..H {
            for c in 0..W {
                let n = self.neighbours(r, c);
                let alive = self.cells[r][c];
                next.cells[r][c] = matches_rule(alive, n);
            }
        }
        next
    }

    fn population(&self) -> usize {
        let mut p = 0;
        for row in &self.cells {
            for &cell in row {
                if cell {
                    p += 1;
                }
            }
        }
        p
    }

    fn print(&self) {
        println!("generation {} (pop {})", self.generation, self.population());
        for row in self.cells.iter() {
            for cell in row.iter() {
                print!("{}", if *cell { '#' } else { '.' });
            }
            println!();
        }
    }
}

fn matches_rule(alive: bool, n: u8) -> bool {
    match (alive, n) {
        (true, 2) | (true, 3) => true,
        (false, 3) => true,
        _ => false,
    }
}

fn main() {
    let mut g = Grid::empty();
    g.set(1, 2);
    g.set(2, 3);
    g.set(3, 1);
    g.set(3, 2);
    g.set(3, 3);
    for _ in 0..4 {
        g.print();
        g = g.step();
    }
}
