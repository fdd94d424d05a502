// A kitchen timer; some calls pass the wrong number of arguments.
#[derive(Debug, Clone, Copy)]
struct Timer {
    seconds: u32,
    running: bool,
}

impl Timer {
    fn new(minutes: u32, seconds: u32) -> Timer {
        Timer { seconds: minutes * 60 + seconds, running: false }
    }

    fn start(&mut self) {
        self.running = true;
    }

    fn tick(&mut self, by: u32) -> bool {
        if self.running && self.seconds > 0 {
            self.seconds = self.seconds.saturating_sub(by);
        }
        self.seconds == 0
    }

    fn display(&self) -> (u32, u32) {
        (self.seconds / 60, self.seconds % 60)
    }
}

fn format_pair(m: u32, s: u32) {
    println!("{:02}:{:02}", m, s);
}

fn main() {
    let mut t = Timer::new(1);
    t.start(true);
    let mut done = false;
    while !done {
        done = t.tick();
    }
    let (m, s) = t.display();
    format_pair(m, s, 0);
    let other = Timer::new(0, 30);
    format_pair(other.display());
    println!("{}", 10u32.pow());
}
