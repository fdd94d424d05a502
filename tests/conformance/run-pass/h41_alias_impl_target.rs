// A type alias used only as the target of an inherent impl (`impl D { .. }`) counts as used
// under rustc. sluice reports a false dead_code warning "type alias `D` is never used".
#[derive(Debug, Clone, Copy)]
enum Direction {
    Left,
    Right,
}

type D = Direction;

impl D {
    fn flip(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
        }
    }
}

fn main() {
    println!("{:?} {:?}", Direction::Left.flip(), Direction::Right.flip());
}
