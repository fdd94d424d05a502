// Partially moving out of `self` in a consuming method, then using self.
#[derive(Debug)]
struct Engine {
    hp: u32,
}

#[derive(Debug)]
struct Wheels {
    count: u8,
}

#[derive(Debug)]
struct Vehicle {
    engine: Engine,
    wheels: Wheels,
    year: u16,
}

impl Vehicle {
    fn describe(&self) -> u32 {
        self.engine.hp + self.wheels.count as u32
    }

    fn strip(self) -> (Engine, u16) {
        let e = self.engine;
        println!("stripping {}", self.describe());
        (e, self.year)
    }

    fn parts(self) -> (Engine, Wheels) {
        let w = self.wheels;
        let e = self.engine;
        println!("{}", self.year);
        (e, w)
    }

    fn scrap(self) -> Wheels {
        let e = self.engine;
        drop_engine(e);
        println!("{:?}", self);
        self.wheels
    }
}

fn drop_engine(e: Engine) {
    println!("dropped {:?}", e);
}

fn main() {
    let v = Vehicle { engine: Engine { hp: 120 }, wheels: Wheels { count: 4 }, year: 2001 };
    let (e, y) = v.strip();
    println!("{:?} {}", e, y);
    let v2 = Vehicle { engine: Engine { hp: 90 }, wheels: Wheels { count: 3 }, year: 1999 };
    let (a, b) = v2.parts();
    println!("{:?} {:?}", a, b);
    let v3 = Vehicle { engine: Engine { hp: 1 }, wheels: Wheels { count: 2 }, year: 1990 };
    println!("{:?}", v3.scrap());
}
