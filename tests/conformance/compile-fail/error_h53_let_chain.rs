// `let` chain in an `if` under edition 2021.
#[derive(Clone, Copy)]
enum Cell {
    Empty,
    Wall,
    Coin(u32),
}

fn main() {
    let grid = [Cell::Empty, Cell::Coin(5), Cell::Wall, Cell::Coin(12)];
    let mut total = 0;
    for c in grid {
        if let Cell::Coin(v) = c && v > 10 {
            total += v;
        }
    }
    println!("{}", total);
}
