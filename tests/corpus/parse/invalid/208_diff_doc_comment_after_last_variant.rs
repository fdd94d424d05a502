// A doc comment left behind after the last enum variant was removed.
#[derive(Debug, Clone, Copy)]
pub enum Direction {
    /// Going up.
    Up,
    /// Going down (not supported yet).
}

impl Direction {
    pub fn delta(self) -> i32 {
        match self {
            Direction::Up => 1,
        }
    }
}

fn main() {
    println!("{:?} moves {}", Direction::Up, Direction::Up.delta());
}
