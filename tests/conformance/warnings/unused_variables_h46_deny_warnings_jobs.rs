// lints: unused_imports unused_variables dead_code
#![deny(warnings)]

use std::fmt;

struct Job {
    id: u32,
    priority: u8,
}

fn schedule(jobs: &[Job]) -> u32 {
    let mut total = 0;
    for job in jobs {
        total += job.id;
    }
    total
}

fn main() {
    let jobs = [Job { id: 1, priority: 2 }, Job { id: 5, priority: 0 }];
    let spare = 4;
    println!("{}", schedule(&jobs));
}
