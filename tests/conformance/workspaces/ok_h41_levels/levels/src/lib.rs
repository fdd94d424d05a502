//! Sliding-puzzle levels as tables of byte-string rows.

pub struct Level {
    pub name: &'static str,
    pub rows: &'static [&'static [u8]],
}

pub static LEVELS: [Level; 3] = [
    Level { name: "corridor", rows: &[b"#######", b"#@ o .#", b"#######"] },
    Level { name: "corner", rows: &[b"#####", b"#@  #", b"# o #", b"#  .#", b"#####"] },
    Level { name: "empty", rows: &[b"###", b"#@#", b"###"] },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Wall,
    Floor,
    Goal,
}

pub fn cell(level: &Level, r: usize, c: usize) -> Cell {
    match level.rows[r][c] {
        b'#' => Cell::Wall,
        b'.' => Cell::Goal,
        _ => Cell::Floor,
    }
}

pub fn find(level: &Level, what: u8) -> (usize, usize) {
    for (r, row) in level.rows.iter().enumerate() {
        for (c, &b) in row.iter().enumerate() {
            if b == what {
                return (r, c);
            }
        }
    }
    (0, 0)
}
