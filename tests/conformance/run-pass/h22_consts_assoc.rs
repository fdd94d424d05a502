// Constants, associated constants, and array lengths computed from them.
const ROWS: usize = 3;
const COLS: usize = ROWS + 1;
const CELLS: usize = ROWS * COLS;
const MASK: u8 = 0b1010_0101;
const SHIFTED: u8 = MASK >> 4 | 1;
static GREETING: &str = "grid";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Level(u8);

impl Level {
    const MIN: Level = Level(0);
    const MAX: Level = Level(9);
    const STEP: u8 = 2;

    fn up(self) -> Level {
        if self.0 + Self::STEP > Self::MAX.0 {
            Self::MAX
        } else {
            Level(self.0 + Self::STEP)
        }
    }
}

struct Grid {
    cells: [u8; CELLS],
}

impl Grid {
    const WIDTH: usize = COLS;

    fn get(&self, r: usize, c: usize) -> u8 {
        self.cells[r * Self::WIDTH + c]
    }

    fn row_sum(&self, r: usize) -> u32 {
        let mut s = 0u32;
        for c in 0..Self::WIDTH {
            s += self.get(r, c) as u32;
        }
        s
    }
}

type Row = [u8; COLS];

fn main() {
    let mut g = Grid { cells: [0; CELLS] };
    for i in 0..CELLS {
        g.cells[i] = (i as u8 * 3) % 7;
    }
    for r in 0..ROWS {
        println!("row {} sum {}", r, g.row_sum(r));
    }
    let first: Row = [g.get(0, 0), g.get(0, 1), g.get(0, 2), g.get(0, 3)];
    println!("{:?} {} {}", first, GREETING, first.len());
    println!("{:#010b} {}", MASK, SHIFTED);
    let mut lv = Level::MIN;
    let mut steps = 0;
    while lv < Level::MAX {
        lv = lv.up();
        steps += 1;
    }
    println!("{:?} after {} steps, default {:?}", lv, steps, Level::default());
    let sizes = [u8::MAX as u32, i16::MIN.unsigned_abs() as u32, u32::BITS];
    println!("{:?}", sizes);
    const LOCAL: [i32; 2] = [-1, 1];
    println!("{}", LOCAL[0] * LOCAL[1] + ROWS as i32);
}
