// Scheduler with nested modules; several paths name modules that do not exist.
mod sched {
    pub mod queue {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Prio {
            Low,
            High,
        }

        pub fn pick(a: Prio, b: Prio) -> Prio {
            if a == Prio::High || b == Prio::High {
                Prio::High
            } else {
                Prio::Low
            }
        }
    }

    pub mod worker {
        use super::queue::Prio;

        pub fn run(p: Prio) -> u32 {
            match p {
                Prio::Low => 1,
                Prio::High => super::queue::weights::HIGH,
            }
        }
    }
}

use sched::queue::Prio;

fn main() {
    let p = sched::queue::pick(Prio::Low, Prio::High);
    let n = sched::worker::run(p);
    let m = scheduler::worker::run(Prio::Low);
    let d = sched::workers::run(Prio::Low);
    println!("{} {} {}", n, m, d);
}
