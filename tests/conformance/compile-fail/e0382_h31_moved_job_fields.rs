// A job queue that reuses a job after handing it over: assigning to a field
// of a moved value, or updating one, is a use after move.
#[derive(Debug)]
struct Job {
    id: u32,
    cost: u32,
}

fn run(job: Job) -> u32 {
    job.cost * 2
}

fn schedule() -> u32 {
    let mut job = Job { id: 1, cost: 2 };
    let saved = job;
    job.cost += 1;
    job.id = 3;
    println!("{:?}", saved);
    0
}

fn recycle() -> u32 {
    let mut spare = Job { id: 9, cost: 0 };
    let total = run(spare);
    spare.cost = 5;
    total + spare.cost
}

fn main() {
    let mut draft = Job { id: 4, cost: 1 };
    draft.id = 5;
    draft.cost = 6;
    println!("{} {}", schedule(), recycle());
}
