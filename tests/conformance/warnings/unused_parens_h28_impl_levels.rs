// lints: unused_parens while_true unconditional_recursion
// Early and late lints under levels set on impls, methods and the crate.
#![warn(unused_parens)]

#[derive(Clone, Copy)]
struct Motor {
    rpm: u32,
    target: u32,
}

#[allow(unused_parens)]
impl Motor {
    fn step(&mut self) {
        if (self.rpm < self.target) {
            self.rpm += (self.target - self.rpm) / 2;
        }
    }
    #[warn(unused_parens)]
    fn settled(&self) -> bool {
        let diff = (self.target.abs_diff(self.rpm));
        diff < 5
    }
}

impl Motor {
    fn spin_up(&mut self) -> u32 {
        let mut steps = 0;
        while true {
            self.step();
            steps += 1;
            if self.settled() {
                break;
            }
        }
        steps
    }
    #[allow(while_true)]
    fn idle(&mut self) {
        while true {
            self.rpm = 0;
            return;
        }
    }
    fn coast(&self) -> u32 {
        self.coast()
    }
    #[allow(unconditional_recursion)]
    fn forever(&self) -> u32 {
        self.forever() + 1
    }
}

fn main() {
    let mut m = Motor { rpm: 0, target: 3000 };
    let n = m.spin_up();
    println!("{} {}", n, (m.rpm));
    m.idle();
    if m.rpm > 10 {
        println!("{} {}", m.coast(), m.forever());
    }
}
