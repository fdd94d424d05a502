// Methods moved out of their impl block into free functions, keeping `self`.
#[derive(Debug, Clone, Copy)]
struct Timer {
    elapsed_ms: u64,
    running: bool,
}

impl Timer {
    fn start() -> Timer {
        Timer { elapsed_ms: 0, running: true }
    }

    fn tick(&mut self, ms: u64) {
        if self.running {
            self.elapsed_ms += ms;
        }
    }
}

fn stop(&mut self) {
    self.running = false;
}

fn seconds(&self) -> u64 {
    self.elapsed_ms / 1000
}

fn main() {
    let mut t = Timer::start();
    for _ in 0..5 {
        t.tick(400);
    }
    stop(&mut t);
    println!("{} {:?}", seconds(), t);
}
