// Coordinate helpers destructuring refutable patterns in parameters and `for` loops.
#[derive(Debug, Clone, Copy)]
enum Cell {
    Wall,
    Floor(u8),
}

fn height((x, 0): (i32, i32)) -> i32 {
    x * 2
}

fn floor_cost(Cell::Floor(cost): Cell) -> u32 {
    cost as u32
}

fn main() {
    let row = [Cell::Floor(1), Cell::Wall, Cell::Floor(3)];
    let mut total = 0;
    for Cell::Floor(c) in row {
        total += c as u32;
    }
    println!("{} {} {}", total, height((3, 0)), floor_cost(row[0]));
}
