// Search loops whose break values and match arms mix values with `()`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    Wall,
    Goal(u8),
}

fn find_goal(row: &[Cell; 6]) -> usize {
    let mut i = 0;
    let found = loop {
        if i == row.len() {
            break;
        }
        if let Cell::Goal(_) = row[i] {
            break i;
        }
        i += 1;
    };
    found
}

fn score(c: Cell) -> u32 {
    match c {
        Cell::Empty => 1,
        Cell::Wall => {
            println!("hit a wall");
        }
        Cell::Goal(n) => n as u32 * 10,
    }
}

fn walls(row: &[Cell; 6]) -> u32 {
    let mut n = 0;
    for c in row {
        let add = match c {
            Cell::Wall => { n + 1; }
            _ => n,
        };
        n = add;
    }
    n
}

fn main() {
    let row = [Cell::Empty, Cell::Wall, Cell::Empty, Cell::Goal(3), Cell::Wall, Cell::Empty];
    println!("{} {} {}", find_goal(&row), score(row[3]), walls(&row));
}
