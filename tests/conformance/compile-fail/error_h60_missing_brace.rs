#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    East,
    South,
    West,
}

struct Robot {
    x: i32,
    y: i32,
    facing: Dir,
}

impl Robot {
    fn turn_right(&mut self) {
        self.facing = match self.facing {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        };
    }

    fn step(&mut self) {
        match self.facing {
            Dir::North => self.y += 1,
            Dir::East => self.x += 1,
            Dir::South => self.y -= 1,
            Dir::West => self.x -= 1,
        }
    
    fn position(&self) -> (i32, i32) {
        (self.x, self.y)
    }
}

fn run(cmds: &[char]) -> Robot {
    let mut r = Robot { x: 0, y: 0, facing: Dir::North };
    for c in cmds {
        match c {
            'R' => r.turn_right(),
            'F' => r.step(),
            _ => println!("bad command {}", c),
        }
    }
    r
}

fn main() {
    let cmds = ['F', 'R', 'F', 'F'];
    let r = run(&cmds);
    let (x, y) = r.position();
    let unused = 3;
    println!("{} {}", x, y);
    let n: i32 = "five";
}
