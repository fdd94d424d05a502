// A robot on a grid following a fixed command string, avoiding obstacles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heading {
    North,
    East,
    South,
    West,
}

impl Heading {
    fn turn_left(self) -> Heading {
        match self {
            Heading::North => Heading::West,
            Heading::West => Heading::South,
            Heading::South => Heading::East,
            Heading::East => Heading::North,
        }
    }
    fn turn_right(self) -> Heading {
        self.turn_left().turn_left().turn_left()
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

struct Robot {
    x: i32,
    y: i32,
    heading: Heading,
    bumps: u32,
}

const OBSTACLES: [(i32, i32); 3] = [(2, 2), (-1, 3), (0, -2)];

impl Robot {
    fn forward(&mut self) {
        let (dx, dy) = self.heading.delta();
        let target = (self.x + dx, self.y + dy);
        for obstacle in OBSTACLES {
            if obstacle == target {
                self.bumps += 1;
                return;
            }
        }
        self.x = target.0;
        self.y = target.1;
    }
}

fn main() {
    let mut robot = Robot { x: 0, y: 0, heading: Heading::North, bumps: 0 };
    let commands = b"FFRFFLFFFRRFFFFFLFFLLFFF";
    let mut farthest = 0;
    for &cmd in commands.iter() {
        match cmd {
            b'F' => robot.forward(),
            b'L' => robot.heading = robot.heading.turn_left(),
            b'R' => robot.heading = robot.heading.turn_right(),
            other => panic!("unknown command {}", other as char),
        }
        farthest = farthest.max(robot.x.abs() + robot.y.abs());
    }
    println!("robot at ({}, {}) facing {:?} after {} commands", robot.x, robot.y, robot.heading, commands.len());
    println!("bumped {} times, farthest manhattan distance {}", robot.bumps, farthest);
}
