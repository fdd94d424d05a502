// Calling unit structs, unit variants and fields as if they were functions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Idle,
    Busy(u32),
}

#[derive(Debug, Clone, Copy)]
struct Token;

struct Worker {
    mode: Mode,
    limit: u32,
}

impl Worker {
    fn start(&mut self, job: u32) {
        if job < self.limit() {
            self.mode = Mode::Busy(job);
        }
    }
}

fn main() {
    let t = Token();
    let idle = Mode::Idle();
    let mut w = Worker { mode: Mode::Idle, limit: 10 };
    w.start(4);
    println!("{:?} {:?} {:?}", t, idle, w.mode);
}
