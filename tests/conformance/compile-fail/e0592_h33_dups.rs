// Duplicate definitions across impl blocks and items.
struct Timer {
    ticks: u64,
}

impl Timer {
    fn start() -> Timer {
        Timer { ticks: 0 }
    }
    fn tick(&mut self) {
        self.ticks += 1;
    }
}

impl Timer {
    fn tick(&mut self) {
        self.ticks += 2;
    }
    const RATE: u32 = 60;
    const RATE: u32 = 30;
}

struct Timer;

struct Lap {
    start: u64,
    end: u64,
    start: u64,
}

fn main() {
    let mut t = Timer::start();
    t.tick();
    let l = Lap { start: 1, end: 2 };
    println!("{} {} {}", t.ticks, Timer::RATE, l.end - l.start);
}
