// A warehouse picking robot on a grid: modules with pub(crate) items, impl blocks with
// associated consts, labelled continue, shadowing, tuple structs and Debug output.
mod grid {
    pub const W: usize = 6;
    pub const H: usize = 4;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Cell {
        Free,
        Shelf(u8),
        Wall,
    }

    pub(crate) fn layout() -> [[Cell; W]; H] {
        let mut g = [[Cell::Free; W]; H];
        for x in 0..W {
            g[0][x] = Cell::Wall;
        }
        g[2][1] = Cell::Shelf(3);
        g[2][4] = Cell::Shelf(7);
        g[3][5] = Cell::Shelf(1);
        g[1][3] = Cell::Wall;
        g
    }
}

use grid::{Cell, H, W};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pos(usize, usize);

struct Robot {
    pos: Pos,
    carried: u32,
    moves: u32,
}

impl Robot {
    const CAPACITY: u32 = 9;

    fn new() -> Self {
        Robot { pos: Pos(1, 0), carried: 0, moves: 0 }
    }

    fn go(&mut self, to: Pos) {
        self.moves += (self.pos.0.abs_diff(to.0) + self.pos.1.abs_diff(to.1)) as u32;
        self.pos = to;
    }

    fn room(&self) -> u32 {
        Self::CAPACITY.saturating_sub(self.carried)
    }
}

fn main() {
    let g = grid::layout();
    let mut r = Robot::new();
    'rows: for y in 0..H {
        for x in 0..W {
            match g[y][x] {
                Cell::Wall if y == 0 => continue 'rows,
                Cell::Wall | Cell::Free => continue,
                Cell::Shelf(n) => {
                    let take = n.min(r.room() as u8);
                    if take == 0 {
                        break 'rows;
                    }
                    r.go(Pos(y, x));
                    r.carried += take as u32;
                    println!("pick {:>2} at {:?} (room {})", take, r.pos, r.room());
                }
            }
        }
    }
    let home = Pos(1, 0);
    r.go(home);
    let summary = (r.carried, r.moves);
    let summary = encode(summary);
    println!("{}", summary);
    let mut row_text = [' '; W];
    for y in 0..H {
        for x in 0..W {
            row_text[x] = match g[y][x] {
                Cell::Free => '.',
                Cell::Wall => '#',
                Cell::Shelf(n) => (b'0' + n) as char,
            };
        }
        let [a, b, c, d, e, f] = row_text;
        println!("{a}{b}{c}{d}{e}{f}");
    }
}

fn encode(s: (u32, u32)) -> u32 {
    s.0 * 100 + s.1
}
