// Task scheduler split across nested modules; a few paths go wrong.
mod sched {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Priority {
        Idle = 0,
        Normal = 5,
        Urgent = 9,
    }

    pub mod queue {
        use super::*;

        pub struct Task {
            pub id: u16,
            pub prio: Priority,
        }

        pub fn pick(tasks: &[Task]) -> u16 {
            let mut best = &tasks[0];
            for t in tasks {
                if t.prio > best.prio {
                    best = t;
                }
            }
            best.id
        }

        pub fn boost(t: &mut Task) {
            t.prio = match t.prio {
                Priority::Idle => Priority::Normal,
                _ => Priority::Urgent,
            };
            super::super::super::log(t.id);
        }
    }
}

fn log(id: u16) {
    println!("boosted {}", id);
}

fn main() {
    use sched::queue::Task;
    let mut tasks = [
        Task { id: 1, prio: sched::Priority::Normal },
        Task { id: 2, prio: sched::Priority::Idle },
        Task { id: 3, prio: Priority::Urgent },
    ];
    sched::queue::boost(&mut tasks[1]);
    println!("{}", sched::queue::pick(&tasks));
    println!("{}", sched::timer::now());
}
