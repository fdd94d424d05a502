// lints: unused_imports unused_mut dead_code unused_variables
// A to-do list manager after a hurried refactoring: several leftovers at once.
use std::f64::consts::E;
use std::process::exit;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Priority {
    Low,
    Normal,
    Urgent,
}

struct Task {
    id: u32,
    priority: Priority,
    done: bool,
    estimate_h: f32,
}

fn pending(tasks: &[Task]) -> u32 {
    let mut n = 0;
    for t in tasks {
        if !t.done {
            n += 1;
        }
    }
    n
}

fn urgent_first(tasks: &[Task]) -> u32 {
    let mut best = tasks[0].id;
    for t in tasks {
        if t.priority == Priority::Urgent {
            return t.id;
        }
    }
    best
}

fn main() {
    let mut tasks = [
        Task { id: 1, priority: Priority::Normal, done: false, estimate_h: 2.0 },
        Task { id: 2, priority: Priority::Urgent, done: false, estimate_h: 0.5 },
        Task { id: 3, priority: Priority::Normal, done: true, estimate_h: 1.0 },
    ];
    let verbose = true;
    println!("{} pending, next {}", pending(&tasks), urgent_first(&tasks));
    exit(0);
}
