// A robot on a grid; the direction enum's variants are imported with a glob
// and matched through `&self`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Heading {
    North,
    East,
    South,
    West,
}

use Heading::*;

#[derive(Debug)]
struct Robot {
    x: i32,
    y: i32,
    facing: Heading,
}

impl Heading {
    fn right(&self) -> Heading {
        match self {
            North => East,
            East => South,
            South => West,
            West => North,
        }
    }

    fn delta(&self) -> (i32, i32) {
        match self {
            North => (0, 1),
            East => (1, 0),
            South => (0, -1),
            West => (-1, 0),
        }
    }
}

impl Robot {
    fn step(&mut self, cmd: char) {
        match cmd {
            'R' => self.facing = self.facing.right(),
            'L' => {
                for _ in 0..3 {
                    self.facing = self.facing.right();
                }
            }
            _ => {
                let (dx, dy) = self.facing.delta();
                self.x += dx;
                self.y += dy;
            }
        }
    }
}

fn main() {
    let mut r = Robot { x: 0, y: 0, facing: North };
    let program = ['F', 'R', 'F', 'F', 'L', 'F', 'R', 'R', 'F'];
    for c in &program {
        r.step(*c);
    }
    println!("{:?}", r);
    let visited = [North, West, West, South];
    let mut vertical = 0;
    for h in &visited {
        match h {
            North | South => vertical += 1,
            East | West => {}
        }
    }
    println!("vertical moves: {}", vertical);
}
