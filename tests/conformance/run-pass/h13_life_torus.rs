// Game of life on a torus: rem_euclid wrapping, associated consts as array sizes, labelled loops.
struct Grid {
    cells: [[bool; Grid::W]; Grid::H],
    generation: u32,
}

impl Grid {
    const W: usize = 10;
    const H: usize = 8;

    fn new() -> Grid {
        Grid { cells: [[false; Self::W]; Self::H], generation: 0 }
    }

    fn set(&mut self, coords: &[(i32, i32)]) {
        for &(r, c) in coords {
            let (rr, cc) = (r.rem_euclid(Self::H as i32) as usize, c.rem_euclid(Self::W as i32) as usize);
            self.cells[rr][cc] = true;
        }
    }

    fn neighbours(&self, r: usize, c: usize) -> u8 {
        let mut n = 0u8;
        for dr in -1i32..=1 {
            for dc in -1i32..=1 {
                if dr == 0 && dc == 0 {
                    continue;
                }
                let rr = (r as i32 + dr).rem_euclid(Self::H as i32) as usize;
                let cc = (c as i32 + dc).rem_euclid(Self::W as i32) as usize;
                n += self.cells[rr][cc] as u8;
            }
        }
        n
    }
}

impl Grid {
    fn step(&mut self) {
        let mut next = [[false; Self::W]; Self::H];
        for r in 0..Self::H {
            for c in 0..Self::W {
                let alive = self.cells[r][c];
                next[r][c] = match (alive, self.neighbours(r, c)) {
                    (true, 2..=3) => true,
                    (false, 3) => true,
                    (_, _) => false,
                };
            }
        }
        self.cells = next;
        self.generation += 1;
    }

    fn population(&self) -> usize {
        let mut p = 0;
        for row in self.cells.iter() {
            for &alive in row.iter() {
                if alive {
                    p += 1;
                }
            }
        }
        p
    }

    fn render(&self) {
        println!("gen {:>3} pop {:>2}", self.generation, self.population());
        for row in &self.cells {
            let mut line = [b'.'; Grid::W];
            for (i, &alive) in row.iter().enumerate() {
                if alive {
                    line[i] = b'#';
                }
            }
            for b in line {
                print!("{}", b as char);
            }
            println!();
        }
    }
}

fn run(grid: &mut Grid, max: u32) -> u32 {
    let first = grid.population();
    let stable_at = 'gens: loop {
        if grid.generation >= max {
            break 'gens max;
        }
        grid.step();
        if grid.population() == first && grid.generation % 4 == 0 {
            break grid.generation;
        }
    };
    stable_at
}

fn main() {
    let mut g = Grid::new();
    g.set(&[(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]);
    g.set(&[(-3, -2), (-3, -3), (-3, -4)]);
    g.render();
    let r = &mut g;
    let stop = run(r, 12);
    println!("stopped at {stop}");
    g.render();
    for _ in 0..3 {
        g.step();
    }
    g.render();
}
