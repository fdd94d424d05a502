#[derive(Debug, Clone, Copy, PartialEq)]
struct Pos {
    row: u8,
    col: u8,
}

fn neighbours(p: Pos) -> u8 {
    let mut n = 0;
    if p.row > 0 {
        n += 1;
    }
    if p.col > 0 {
        n += 1;
    }
    n
}

fn main() {
    let start = Pos { row: 2, col: 3 };
    let mut cur = start;
    let mut steps = 0;
    while cur != Pos { row: 0, col: 0 } {
        if cur.row > 0 {
            cur.row -= 1;
        } else {
            cur.col -= 1;
        }
        steps += 1;
    }
    let total: u8 = steps + neighbours(start) as u32;
    println!("{} {:?}", total, cur);
}
