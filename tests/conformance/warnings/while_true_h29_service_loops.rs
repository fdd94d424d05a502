// lints: while_true unused_parens
// A service supervisor with polling loops spread over modules and impls with different levels.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Starting,
    Running,
    Stopped,
}

struct Service {
    state: State,
    ticks: u32,
}

impl Service {
    fn tick(&mut self) {
        self.ticks += 1;
        self.state = match (self.state, self.ticks) {
            (State::Starting, 2) => State::Running,
            (State::Running, 5) => State::Stopped,
            (s, _) => s,
        };
    }

    fn run_until_stopped(&mut self) -> u32 {
        while true {
            self.tick();
            if self.state == State::Stopped {
                break;
            }
        }
        self.ticks
    }
}

#[allow(while_true)]
mod watchdog {
    pub fn wait_for(limit: u32) -> u32 {
        let mut n = 0;
        while true {
            n += 3;
            if n >= limit {
                return n;
            }
        }
        0
    }

    #[warn(while_true)]
    pub fn pet(count: u32) -> u32 {
        let mut c = 0;
        'pet: while (true) {
            c += 1;
            if c == count {
                break 'pet;
            }
        }
        c
    }
}

fn drain(queue: &[u8]) -> u32 {
    let mut i = 0;
    let mut sum = 0u32;
    while true {
        if i == queue.len() {
            break;
        }
        sum += queue[i] as u32;
        i += 1;
    }
    sum
}

fn main() {
    let mut s = Service { state: State::Starting, ticks: 0 };
    println!("{} {}", s.run_until_stopped(), drain(&[1, 2, 3]));
    println!("{} {}", watchdog::wait_for(10), watchdog::pet(4));
}
