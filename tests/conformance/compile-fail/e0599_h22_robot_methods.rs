// A grid robot; some calls name methods and associated items that do not exist.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Heading {
    North,
    East,
    South,
    West,
}

impl Heading {
    fn turn_right(self) -> Heading {
        match self {
            Heading::North => Heading::East,
            Heading::East => Heading::South,
            Heading::South => Heading::West,
            Heading::West => Heading::North,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Robot {
    x: i32,
    y: i32,
    heading: Heading,
}

impl Robot {
    const START: Robot = Robot { x: 0, y: 0, heading: Heading::North };

    fn step(&mut self) {
        match self.heading {
            Heading::North => self.y += 1,
            Heading::East => self.x += 1,
            Heading::South => self.y -= 1,
            Heading::West => self.x -= 1,
        }
    }

    fn distance(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let mut r = Robot::START;
    let cmds: [u8; 7] = *b"FFRFFLB";
    for cmd in cmds {
        match cmd {
            b'F' => r.step(),
            b'R' => r.heading = r.heading.turn_right(),
            b'L' => r.heading = r.heading.turn_left(),
            _ => r.reverse(),
        }
    }
    let home = Robot::ORIGIN;
    let fresh = Robot::new();
    let h = Heading::Up;
    let d = r.distance().sqrt();
    println!("{:?} {} {:?} {:?} {:?} {}", r, r.distance(), home, fresh, h, d);
}
