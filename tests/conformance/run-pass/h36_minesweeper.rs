// Annotate a minesweeper board with neighbour counts.
const ROWS: usize = 5;
const COLS: usize = 7;

const BOARD: [&[u8; COLS]; ROWS] = [
    b" * *   ",
    b"  *    ",
    b"    * *",
    b"*      ",
    b"   ** *",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Mine,
    Count(u8),
}

fn annotate() -> [[Cell; COLS]; ROWS] {
    let mut out = [[Cell::Count(0); COLS]; ROWS];
    for r in 0..ROWS {
        for c in 0..COLS {
            if BOARD[r][c] == b'*' {
                out[r][c] = Cell::Mine;
                continue;
            }
            let mut n = 0u8;
            for dr in -1i32..=1 {
                for dc in -1i32..=1 {
                    if dr == 0 && dc == 0 {
                        continue;
                    }
                    let (rr, cc) = (r as i32 + dr, c as i32 + dc);
                    if rr < 0 || cc < 0 || rr >= ROWS as i32 || cc >= COLS as i32 {
                        continue;
                    }
                    if BOARD[rr as usize][cc as usize] == b'*' {
                        n += 1;
                    }
                }
            }
            out[r][c] = Cell::Count(n);
        }
    }
    out
}

fn render(cell: Cell) -> char {
    match cell {
        Cell::Mine => '*',
        Cell::Count(0) => ' ',
        Cell::Count(n @ 1..=8) => (b'0' + n) as char,
        Cell::Count(_) => unreachable!(),
    }
}

fn main() {
    let grid = annotate();
    let mut histogram = [0u32; 9];
    let mut mines = 0;
    println!("+{:-<7}+", "");
    for row in grid.iter() {
        print!("|");
        for &cell in row {
            print!("{}", render(cell));
            match cell {
                Cell::Mine => mines += 1,
                Cell::Count(n) => histogram[n as usize] += 1,
            }
        }
        println!("|");
    }
    println!("mines: {}", mines);
    for (n, &count) in histogram.iter().enumerate() {
        if count > 0 {
            println!("  {} neighbours: {} cells", n, count);
        }
    }
    let busiest = {
        let mut best = (0u8, 0usize, 0usize);
        for r in 0..ROWS {
            for c in 0..COLS {
                if let Cell::Count(n) = grid[r][c] {
                    if n > best.0 {
                        best = (n, r, c);
                    }
                }
            }
        }
        best
    };
    println!("busiest safe cell: {} at row {} col {}", busiest.0, busiest.1, busiest.2);
}
