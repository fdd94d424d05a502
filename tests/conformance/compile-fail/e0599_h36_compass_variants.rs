// Compass directions with a misspelled variant and an associated function that does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    const ALL: [Direction; 4] = [Direction::North, Direction::East, Direction::South, Direction::West];

    fn index(self) -> usize {
        self as usize
    }

    fn from_index(i: usize) -> Direction {
        Direction::ALL[i % 4]
    }

    fn opposite(self) -> Direction {
        Direction::from_index(self.index() + 2)
    }

    fn from_byte(b: u8) -> Direction {
        match b {
            b'N' | b'n' => Direction::North,
            b'E' | b'e' => Direction::East,
            b'S' | b's' => Direction::South,
            // mistake: misspelled variant
            _ => Direction::Wset,
        }
    }
}

fn walk(path: &[u8]) -> (i32, i32) {
    let mut pos = (0, 0);
    for &b in path {
        match Direction::from_byte(b) {
            Direction::North => pos.1 += 1,
            Direction::South => pos.1 -= 1,
            Direction::East => pos.0 += 1,
            Direction::West => pos.0 -= 1,
        }
    }
    pos
}

fn main() {
    let path = b"NNEESWWN";
    let end = walk(path);
    println!("ended at {:?}", end);
    for d in Direction::ALL {
        println!("{:?} <-> {:?}", d, d.opposite());
    }
    // mistake: no such associated function
    let back = Direction::parse(b'S');
    println!("{:?}", back);
}
