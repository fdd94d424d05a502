// A 2D robot with methods on values, references and associated items.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
enum Heading {
    North,
    East,
}

impl Pos {
    const ORIGIN: Pos = Pos { x: 0, y: 0 };

    fn new(x: i32, y: i32) -> Pos {
        Pos { x, y }
    }

    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }

    fn step(&mut self, h: Heading) {
        match h {
            Heading::North => self.y += 1,
            Heading::East => self.x += 1,
        }
    }
}

impl Heading {
    fn turn(self) -> Heading {
        match self {
            Heading::North => Heading::East,
            Heading::East => Heading::North,
        }
    }
}

fn main() {
    let mut p = Pos::new(1, 2);
    let r = &mut p;
    r.step(Heading::North);
    let boxed = &&p;
    println!("{}", boxed.manhattan());
    println!("{}", p.distance());
    let o = Pos::origin();
    let h = Heading::North.turn().turn();
    let s = Heading::South;
    println!("{:?} {:?} {:?}", o, h, s);
    println!("{}", Pos::ORIGIN.manhattan());
    let n = 5i32;
    println!("{}", n.manhattan());
    println!("{}", p.x.sqrt());
    println!("{}", Pos::manhattan(&p));
    println!("{}", h.step());
}
