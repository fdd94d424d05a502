#[derive(Debug, Clone, Copy)]
struct Cursor {
    line: u32,
    col: u32,
}

fn advance(c: Cursor, text: &[u8]) -> Cursor {
    let Cursor { line, col } = c;
    for b in text {
        match b {
            b'\n' => {
                line += 1;
                col = 0;
            }
            _ => col += 1,
        }
    }
    Cursor { line, col }
}

fn last_col(positions: &[(u32, u32)]) -> u32 {
    let mut best = 0;
    for &(_, c) in positions {
        if c > best {
            best = c;
        }
        c = 0;
    }
    best
}

fn main() {
    let c = advance(Cursor { line: 1, col: 0 }, b"ab\ncd");
    println!("{:?} {}", c, last_col(&[(1, 4), (2, 9)]));
}
