// A batch job queue with a few placeholders whose element types are never fixed.
#[derive(Debug, Clone, Copy)]
struct Job {
    id: u32,
    cost: u16,
}

const JOBS: [Job; 3] = [Job { id: 1, cost: 40 }, Job { id: 2, cost: 15 }, Job { id: 3, cost: 70 }];

fn total_cost(jobs: &[Job]) -> u32 {
    let mut sum = 0;
    for j in jobs {
        sum += j.cost as u32;
    }
    sum
}

fn retry_count() -> usize {
    let failed;
    failed.len()
}

fn drain_extras() -> u32 {
    let mut n = 0;
    for extra in [] {
        println!("extra {}", extra);
        n += 1;
    }
    n
}

fn busiest() -> u32 {
    let mut best = JOBS[0];
    for j in JOBS {
        if j.cost > best.cost {
            best = j;
        }
    }
    best.id
}

fn main() {
    println!("{} {} {} {}", total_cost(&JOBS), retry_count(), drain_extras(), busiest());
    let budget: u16 = total_cost(&JOBS);
    println!("{}", budget);
}
