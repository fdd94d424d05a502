// A warehouse robot simulation mixing modules, enums, patterns, labelled loops and casts.
mod grid {
    pub const W: usize = 6;
    pub const H: usize = 4;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Cell {
        Floor,
        Shelf(u8),
        Wall,
    }

    pub struct Map {
        pub cells: [[Cell; W]; H],
    }

    impl Map {
        pub fn new() -> Map {
            let mut cells = [[Cell::Floor; W]; H];
            for x in 0..W {
                cells[0][x] = Cell::Wall;
                cells[H - 1][x] = Cell::Wall;
            }
            cells[1][2] = Cell::Shelf(3);
            cells[2][4] = Cell::Shelf(7);
            Map { cells }
        }

        pub fn at(&self, x: usize, y: usize) -> Cell {
            self.cells[y][x]
        }
    }
}

use grid::{Cell, Map};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Left,
    Right,
    Up,
    Down,
}

#[derive(Debug, Default, Clone, Copy)]
struct Robot {
    x: usize,
    y: usize,
    carried: u32,
    steps: u32,
}

impl Robot {
    fn try_move(&mut self, map: &Map, d: Dir) -> bool {
        let (nx, ny) = match d {
            Dir::Left if self.x > 0 => (self.x - 1, self.y),
            Dir::Right if self.x + 1 < grid::W => (self.x + 1, self.y),
            Dir::Up if self.y > 0 => (self.x, self.y - 1),
            Dir::Down if self.y + 1 < grid::H => (self.x, self.y + 1),
            _ => return false,
        };
        match map.at(nx, ny) {
            Cell::Wall => false,
            Cell::Shelf(n) => {
                self.carried += n as u32;
                self.steps += 1;
                true
            }
            Cell::Floor => {
                self.x = nx;
                self.y = ny;
                self.steps += 1;
                true
            }
        }
    }
}

fn main() {
    let map = Map::new();
    let mut bot = Robot { x: 0, y: 1, ..Robot::default() };
    let plan = [Dir::Right, Dir::Right, Dir::Down, Dir::Right, Dir::Right, Dir::Up, Dir::Left, Dir::Up];
    let mut blocked = 0;
    'run: for (i, d) in plan.iter().enumerate() {
        let mut tries = 0;
        loop {
            if bot.try_move(&map, *d) {
                break;
            }
            tries += 1;
            blocked += 1;
            if tries >= 2 {
                if i == plan.len() - 1 {
                    break 'run;
                }
                continue 'run;
            }
        }
    }
    println!("robot {:?}", bot);
    println!("blocked {blocked}, carried {:>4}, ratio {:.3}", bot.carried, bot.carried as f64 / bot.steps as f64);
    let code = (bot.x as u8 + b'A') as char;
    let row = match bot.y {
        0 => "top",
        1..=2 => "middle",
        _ => "bottom",
    };
    println!("{code}{} {row} {:#x} {:08b}", bot.y, bot.carried, bot.steps);
}
