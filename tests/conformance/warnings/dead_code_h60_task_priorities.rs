// lints: dead_code
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low = 1,
    Medium = 5,
    High = 10,
}

#[derive(Debug)]
struct Task {
    id: u32,
    pri: Priority,
    done: bool,
    notes: u8,
}

impl Task {
    const DEFAULT_NOTES: u8 = 0;

    fn new(id: u32, pri: Priority) -> Task {
        Task { id, pri, done: false, notes: Task::DEFAULT_NOTES }
    }

    fn weight(&self) -> i32 {
        self.pri as i32 * if self.done { 0 } else { 1 }
    }

    fn archive(&mut self) {
        self.done = true;
    }
}

fn heaviest(ts: &[Task]) -> u32 {
    let mut best = 0;
    let mut best_w = -1;
    for t in ts {
        if t.weight() > best_w {
            best_w = t.weight();
            best = t.id;
        }
    }
    best
}

fn main() {
    let tasks = [Task::new(1, Priority::Low), Task::new(2, Priority::High)];
    println!("{}", heaviest(&tasks));
    println!("{}", Priority::Medium < Priority::High);
}
