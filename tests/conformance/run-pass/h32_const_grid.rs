const ROWS: usize = 3;
const COLS: usize = ROWS * 2 + 1;
const CELLS: usize = ROWS * COLS;
const MASK: u8 = (1 << 7) | 0x0f;
const NEG: i32 = -(COLS as i32);
const SHIFTED: u16 = (MASK as u16) << 4;
static TABLE: [u8; CELLS] = [0; CELLS];
const HALF: usize = CELLS / 2;
const BYTES: [u8; 4] = [MASK, MASK >> 1, 0, 255];
const LAST: u8 = BYTES[3];
const PICK: u8 = BYTES[HALF % 4];

struct Grid {
    cells: [i32; CELLS],
}

impl Grid {
    const SIZE: usize = CELLS;
    const EMPTY: Grid = Grid { cells: [0; CELLS] };
    fn get(&self, r: usize, c: usize) -> i32 {
        self.cells[r * COLS + c]
    }
}

fn main() {
    let g = Grid::EMPTY;
    let extra: [i32; Grid::SIZE - 1] = [1; CELLS - 1];
    let idx: [u8; COLS as usize] = [0; 7];
    println!("{} {} {} {}", g.get(1, 2), extra.len(), idx.len(), NEG);
    println!("{} {} {} {}", SHIFTED, TABLE.len(), LAST, PICK);
    let wide = [0u16; { ROWS + 1 }];
    println!("{}", wide.len());
}
