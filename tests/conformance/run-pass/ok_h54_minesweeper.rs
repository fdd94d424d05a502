// Minesweeper annotation on a fixed board of bytes, using slice patterns
// and associated consts for the dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Cell {
    #[default]
    Empty,
    Mine,
    Count(u8),
}

#[derive(Default)]
struct Board {
    cells: [[Cell; Board::W]; Board::H],
    mines: u32,
}

impl Board {
    const W: usize = 6;
    const H: usize = 4;

    fn parse(rows: [&[u8; Board::W]; Board::H]) -> Board {
        let mut b = Board::default();
        for (r, row) in rows.iter().enumerate() {
            for (c, &byte) in row.iter().enumerate() {
                if byte == b'*' {
                    b.cells[r][c] = Cell::Mine;
                    b.mines += 1;
                }
            }
        }
        b
    }

    fn annotate(&mut self) {
        for r in 0..Self::H {
            for c in 0..Self::W {
                if self.cells[r][c] == Cell::Mine {
                    continue;
                }
                let mut n = 0u8;
                for dr in -1i32..=1 {
                    for dc in -1i32..=1 {
                        let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                        if nr < 0 || nc < 0 || nr >= Self::H as i32 || nc >= Self::W as i32 {
                            continue;
                        }
                        if let Cell::Mine = self.cells[nr as usize][nc as usize] {
                            n += 1;
                        }
                    }
                }
                if n > 0 {
                    self.cells[r][c] = Cell::Count(n);
                }
            }
        }
    }

    fn print(&self) {
        for row in &self.cells {
            for cell in row {
                let ch = match cell {
                    Cell::Empty => '.',
                    Cell::Mine => '*',
                    Cell::Count(n) => (b'0' + n) as char,
                };
                print!("{}", ch);
            }
            println!();
        }
    }
}

fn edge_summary(row: &[Cell]) -> (bool, bool) {
    match row {
        [Cell::Mine, .., Cell::Mine] => (true, true),
        [Cell::Mine, ..] => (true, false),
        [.., Cell::Mine] => (false, true),
        _ => (false, false),
    }
}

fn main() {
    let mut b = Board::parse([b"*...*.", b"..*...", b"......", b"*....*"]);
    b.annotate();
    b.print();
    println!("{} mines", b.mines);
    'rows: for (i, row) in b.cells.iter().enumerate() {
        let (left, right) = edge_summary(row);
        if left && right {
            println!("row {} has mines on both edges", i);
            break 'rows;
        }
    }
    let Cell::Count(first) = b.cells[0][1] else {
        panic!("expected a count");
    };
    println!("cell (0,1) = {}", first);
}
