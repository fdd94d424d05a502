// `break`/`continue` used to leave an `if` or a function, as in other languages.
#[derive(Debug, Clone, Copy)]
enum Cell {
    Empty,
    Wall,
    Goal,
}

fn first_goal(row: &[Cell; 6]) -> usize {
    let mut i = 0;
    while i < row.len() {
        if let Cell::Goal = row[i] {
            break;
        }
        i += 1;
    }
    i
}

fn check_cell(c: Cell) -> bool {
    if let Cell::Wall = c {
        println!("hit a wall");
        break;
    }
    true
}

fn main() {
    let row = [Cell::Empty, Cell::Wall, Cell::Empty, Cell::Goal, Cell::Empty, Cell::Empty];
    println!("goal at {}", first_goal(&row));
    let steps = 4;
    if steps > 3 {
        println!("too many steps");
        continue;
    }
    println!("{}", check_cell(row[1]));
}
