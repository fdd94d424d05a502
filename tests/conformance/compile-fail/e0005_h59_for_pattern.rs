#[derive(Clone, Copy)]
enum Cell {
    Wall,
    Floor(u8),
}

fn main() {
    let row = [Cell::Floor(1), Cell::Floor(2), Cell::Wall];
    let mut cost = 0u32;
    for Cell::Floor(c) in row {
        cost += c as u32;
    }
    println!("{}", cost);
}
