// lints: unused_mut
// Conway's game of life plus a "brian's brain" variant on a fixed grid.

const W: usize = 16;
const H: usize = 10;

type Grid = [[u8; W]; H];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Life,
    HighLife,
    Brain,
}

#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    generation: u32,
    alive: u32,
    births: u32,
    deaths: u32,
}

struct Sim {
    grid: Grid,
    rule: Rule,
    wrap: bool,
    stats: Stats,
}

const DEAD: u8 = 0;
const ALIVE: u8 = 1;
const DYING: u8 = 2;

fn glider(g: &mut Grid, top: usize, left: usize) {
    let shape: [(usize, usize); 5] = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)];
    for &(dy, dx) in shape.iter() {
        g[(top + dy) % H][(left + dx) % W] = ALIVE;
    }
}

fn blinker(g: &mut Grid, row: usize, col: usize) {
    for dx in 0..3 {
        g[row][col + dx] = ALIVE;
    }
}

impl Sim {
    fn new(rule: Rule, wrap: bool) -> Sim {
        Sim { grid: [[DEAD; W]; H], rule, wrap, stats: Stats::default() }
    }

    fn cell(&self, y: isize, x: isize) -> u8 {
        if self.wrap {
            let yy = y.rem_euclid(H as isize) as usize;
            let xx = x.rem_euclid(W as isize) as usize;
            self.grid[yy][xx]
        } else if y < 0 || x < 0 || y >= H as isize || x >= W as isize {
            DEAD
        } else {
            self.grid[y as usize][x as usize]
        }
    }

    fn neighbours(&self, y: usize, x: usize) -> u8 {
        let mut n = 0;
        for dy in -1isize..=1 {
            for dx in -1isize..=1 {
                if dy == 0 && dx == 0 {
                    continue;
                }
                if self.cell(y as isize + dy, x as isize + dx) == ALIVE {
                    n += 1;
                }
            }
        }
        n
    }

    fn next_state(&self, cur: u8, n: u8) -> u8 {
        match self.rule {
            Rule::Life => match (cur, n) {
                (ALIVE, 2) | (ALIVE, 3) => ALIVE,
                (DEAD, 3) => ALIVE,
                _ => DEAD,
            },
            Rule::HighLife => match (cur, n) {
                (ALIVE, 2..=3) => ALIVE,
                (DEAD, 3) | (DEAD, 6) => ALIVE,
                _ => DEAD,
            },
            Rule::Brain => match cur {
                ALIVE => DYING,
                DYING => DEAD,
                _ if n == 2 => ALIVE,
                _ => DEAD,
            },
        }
    }

    fn step(&mut self) {
        let mut next: Grid = [[DEAD; W]; H];
        let mut births = 0;
        let mut deaths = 0;
        for y in 0..H {
            for x in 0..W {
                let cur = self.grid[y][x];
                let n = self.neighbours(y, x);
                let new = self.next_state(cur, n);
                if cur != ALIVE && new == ALIVE {
                    births += 1;
                }
                if cur == ALIVE && new != ALIVE {
                    deaths += 1;
                }
                next[y][x] = new;
            }
        }
        self.grid = next;
        self.stats.generation += 1;
        self.stats.births += births;
        self.stats.deaths += deaths;
        self.stats.alive = self.count();
    }

    fn count(&self) -> u32 {
        let mut total = 0;
        for row in self.grid.iter() {
            for &c in row.iter() {
                if c == ALIVE {
                    total += 1;
                }
            }
        }
        total
    }

    fn render(&self) {
        for row in &self.grid {
            let mut line = [b'.'; W];
            for (i, c) in row.iter().enumerate() {
                line[i] = match *c {
                    ALIVE => b'#',
                    DYING => b'+',
                    _ => b'.',
                };
            }
            for b in line {
                print!("{}", b as char);
            }
            println!();
        }
    }
}

fn run(rule: Rule, wrap: bool, gens: u32) -> Stats {
    let mut sim = Sim::new(rule, wrap);
    glider(&mut sim.grid, 0, 0);
    blinker(&mut sim.grid, 6, 10);
    let mut last = 0;
    'outer: for g in 0..gens {
        sim.step();
        let alive = sim.count();
        if alive == 0 {
            println!("extinct at generation {}", g);
            break 'outer;
        }
        last = alive;
    }
    sim.render();
    sim.stats
}

fn main() {
    let mut rules = [Rule::Life, Rule::HighLife, Rule::Brain];
    let mut summary = [Stats::default(); 3];
    for (i, r) in rules.iter().enumerate() {
        println!("== {:?} ==", r);
        summary[i] = run(*r, i != 2, 12);
    }
    for s in summary {
        println!(
            "gen={:>3} alive={:>3} births={:>4} deaths={:>4}",
            s.generation, s.alive, s.births, s.deaths
        );
    }
}
