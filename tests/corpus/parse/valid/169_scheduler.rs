// edition:2024
// A task scheduler ordering tasks by priority then deadline, with a custom Ord and BinaryHeap.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Low = 1,
    Normal = 5,
    High = 10,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Task {
    pub id: u32,
    pub priority: Priority,
    pub deadline: u64,
    pub name: String,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.deadline.cmp(&self.deadline))
            .then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(Default)]
pub struct Scheduler {
    queue: BinaryHeap<Task>,
    next_id: u32,
    now: u64,
}

impl Scheduler {
    pub fn submit(&mut self, name: &str, priority: Priority, in_ticks: u64) -> u32 {
        self.next_id += 1;
        self.queue.push(Task { id: self.next_id, priority, deadline: self.now + in_ticks, name: name.into() });
        self.next_id
    }

    pub fn run_next(&mut self) -> Option<(Task, bool)> {
        let task = self.queue.pop()?;
        self.now += 1;
        let late = self.now > task.deadline;
        Some((task, late))
    }
}

fn main() {
    let mut s = Scheduler::default();
    s.submit("backup", Priority::Low, 100);
    s.submit("email", Priority::Normal, 3);
    s.submit("page oncall", Priority::High, 1);
    s.submit("report", Priority::Normal, 1);
    while let Some((task, late)) = s.run_next() {
        let marker = if late { " (late)" } else { "" };
        println!("t={} #{} {:?} {}{marker}", s.now, task.id, task.priority, task.name);
    }
    println!("{}", Priority::High as i32 - Priority::Low as i32);
}
