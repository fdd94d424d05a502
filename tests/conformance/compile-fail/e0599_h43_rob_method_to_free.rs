// right moved out of impl Heading into turn_right; the caller still calls .right()
#[derive(Debug, Clone, Copy, PartialEq)]
enum Heading {
    North,
    East,
    South,
    West,
}

#[derive(Debug, Clone, Copy)]
enum Command {
    Forward(i32),
    TurnLeft,
    TurnRight,
}

#[derive(Debug)]
struct Robot {
    x: i32,
    y: i32,
    heading: Heading,
    distance: u32,
}

impl Heading {
    fn left(self) -> Heading {
        match self {
            Heading::North => Heading::West,
            Heading::West => Heading::South,
            Heading::South => Heading::East,
            Heading::East => Heading::North,
        }
    }

    fn delta(self) -> (i32, i32) {
        match self {
            Heading::North => (0, 1),
            Heading::East => (1, 0),
            Heading::South => (0, -1),
            Heading::West => (-1, 0),
        }
    }
}

impl Robot {
    fn new() -> Robot {
        Robot { x: 0, y: 0, heading: Heading::North, distance: 0 }
    }

    fn execute(&mut self, cmd: Command) {
        match cmd {
            Command::Forward(n) => {
                let (dx, dy) = self.heading.delta();
                self.x += dx * n;
                self.y += dy * n;
                self.distance += n.abs() as u32;
            }
            Command::TurnLeft => self.heading = self.heading.left(),
            Command::TurnRight => self.heading = self.heading.right(),
        }
    }

    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn turn_right(h: Heading) -> Heading {
    h.left().left().left()
}

fn parse(byte: u8) -> Command {
    match byte {
        b'L' => Command::TurnLeft,
        b'R' => Command::TurnRight,
        b'0'..=b'9' => Command::Forward((byte - b'0') as i32),
        _ => Command::Forward(0),
    }
}

fn main() {
    let route = b"3R2R5L1L4";
    let mut robot = Robot::new();
    for &b in route.iter() {
        robot.execute(parse(b));
    }
    println!("{:?}", robot);
    println!("manhattan distance: {}", robot.manhattan());
}
