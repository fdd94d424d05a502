// Robot simulator: the author changes signatures and forgets some call sites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heading {
    North,
    East,
    South,
    West,
}

#[derive(Debug, Clone, Copy)]
struct Robot {
    x: i32,
    y: i32,
    heading: Heading,
}

impl Robot {
    fn new(x: i32, y: i32, heading: Heading) -> Robot {
        Robot { x, y, heading }
    }

    fn turn_right(self) -> Robot {
        let heading = match self.heading {
            Heading::North => Heading::East,
            Heading::East => Heading::South,
            Heading::South => Heading::West,
            Heading::West => Heading::North,
        };
        Robot { heading, ..self }
    }

    fn turn_left(self) -> Robot {
        self.turn_right().turn_right().turn_right()
    }

    fn advance(self, steps: i32) -> Robot {
        let (dx, dy) = match self.heading {
            Heading::North => (0, 1),
            Heading::East => (1, 0),
            Heading::South => (0, -1),
            Heading::West => (-1, 0),
        };
        Robot { x: self.x + dx * steps, y: self.y + dy * steps, ..self }
    }

    fn instructions(self, program: &[u8]) -> Robot {
        let mut r = self;
        for &c in program {
            r = match c {
                b'R' => r.turn_right(),
                b'L' => r.turn_left(),
                // mistake: advance now takes a step count
                b'A' => r.advance(),
                _ => r,
            };
        }
        r
    }
}

fn manhattan(a: &Robot, b: &Robot) -> i32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

fn main() {
    // mistake: heading argument forgotten
    let start = Robot::new(7, 3);
    let end = start.instructions(b"RAALAL");
    println!("{:?} -> {:?}", start, end);
    // mistake: extra argument
    println!("distance {}", manhattan(&start, &end, true));
    let spin = Robot::new(0, 0, Heading::North).turn_left().advance(2);
    println!("{:?}", spin);
}
