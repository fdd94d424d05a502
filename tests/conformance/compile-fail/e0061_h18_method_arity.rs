// Methods called with the wrong number of arguments: one too many on a `&mut self`
// method, one missing on an associated function, and an extra argument to `pow`.
#[derive(Debug)]
struct Tank {
    level: u32,
    capacity: u32,
}

impl Tank {
    fn with_capacity(capacity: u32, level: u32) -> Tank {
        Tank { level: level.min(capacity), capacity }
    }

    fn fill(&mut self, amount: u32) -> u32 {
        let room = self.capacity - self.level;
        let added = amount.min(room);
        self.level += added;
        added
    }

    fn drain(&mut self) -> u32 {
        let had = self.level;
        self.level = 0;
        had
    }
}

fn main() {
    let mut tank = Tank::with_capacity(100);
    let added = tank.fill(30, 5);
    let drained = tank.drain(added);
    let squared = drained.pow(2, 3);
    println!("{:?} {} {}", tank, added, squared);
}
