// lints: unconditional_recursion unused_variables
// A state machine where a few accessors accidentally call themselves.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Running { ticks: u32 },
    Halted(i32),
}

struct Machine {
    phase: Phase,
    budget: u32,
}

impl Machine {
    fn budget(&self) -> u32 {
        self.budget()
    }

    fn ticks(&self) -> u32 {
        match self.phase {
            Phase::Running { ticks } => ticks,
            _ => self.ticks(),
        }
    }

    fn step(&mut self, n: u32) {
        if n == 0 {
            return;
        }
        self.phase = match self.phase {
            Phase::Idle => Phase::Running { ticks: 1 },
            Phase::Running { ticks } if ticks >= 3 => Phase::Halted(ticks as i32),
            Phase::Running { ticks } => Phase::Running { ticks: ticks + 1 },
            Phase::Halted(code) => Phase::Halted(code),
        };
        self.step(n - 1);
    }

    fn reset(&mut self, hard: bool) {
        let fresh = Machine { phase: Phase::Idle, budget: 0 };
        self.reset(hard)
    }
}

fn countdown(n: u64) -> u64 {
    if n > 0 { countdown(n - 1) } else { 0 }
}

fn forever(depth: u32) -> u32 {
    let next = depth + 1;
    forever(next) + 1
}

#[allow(unconditional_recursion)]
fn intentional_spin(x: u8) -> u8 {
    intentional_spin(x)
}

fn main() {
    let mut m = Machine { phase: Phase::Idle, budget: 10 };
    m.step(3);
    println!("{:?} {}", m.phase, countdown(5));
    if m.budget > 100 {
        println!("{} {} {}", m.budget(), m.ticks(), forever(0));
        m.reset(true);
        intentional_spin(1);
    }
}
