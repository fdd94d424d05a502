// Reference patterns and `@` bindings that take only Copy parts out of borrowed data.
#[derive(Debug)]
struct Cell {
    row: u8,
    col: u8,
    mark: Mark,
}

#[derive(Debug)]
enum Mark {
    Empty,
    Digit(u8),
    Note { candidates: u16, locked: bool },
}

struct Pair(u32, Mark);

fn digit_of(c: &Cell) -> u8 {
    match c.mark {
        Mark::Digit(d @ 1..=9) => d,
        Mark::Digit(_) => 0,
        Mark::Note { candidates, locked: false } => candidates.trailing_zeros() as u8,
        Mark::Note { .. } | Mark::Empty => 0,
    }
}

fn position(c: &Cell) -> (u8, u8) {
    let &Cell { row, col, .. } = c;
    (row, col)
}

fn first_key(p: &Pair) -> u32 {
    let Pair(k, _) = *p;
    k + p.0
}

fn sum_pairs(pairs: &[(u8, u8)]) -> u32 {
    let mut s = 0;
    for &(a, b) in pairs.iter() {
        s += a as u32 * b as u32;
    }
    s
}

fn corners(grid: &[[u8; 3]; 3]) -> u8 {
    let &[[a, _, b], _, [c, _, d]] = grid;
    a + b + c + d
}

fn locked_count(cells: &[Cell]) -> usize {
    let mut n = 0;
    for c in cells {
        if let Mark::Note { locked: true, .. } = c.mark {
            n += 1;
        }
    }
    n
}

fn main() {
    let cells = [
        Cell { row: 0, col: 1, mark: Mark::Digit(7) },
        Cell { row: 2, col: 2, mark: Mark::Note { candidates: 0b1011000, locked: false } },
        Cell { row: 4, col: 0, mark: Mark::Note { candidates: 3, locked: true } },
        Cell { row: 8, col: 8, mark: Mark::Empty },
    ];
    for c in &cells {
        println!("{:?} -> {}", position(c), digit_of(c));
    }
    let p = Pair(5, Mark::Digit(1));
    println!("{} {:?}", first_key(&p), p.1);
    println!("{} {}", sum_pairs(&[(2, 3), (4, 5)]), corners(&[[1, 2, 3], [4, 5, 6], [7, 8, 9]]));
    println!("{}", locked_count(&cells));
}
