// `while let` that moves a non-Copy payload out of the scrutinee on every pass.
#[derive(Debug)]
struct Job {
    id: u32,
    cost: u32,
}

#[derive(Debug)]
enum Slot {
    Busy(Job),
    Idle,
}

fn run(j: Job) -> u32 {
    println!("running job {}", j.id);
    j.cost
}

fn main() {
    let slot = Slot::Busy(Job { id: 1, cost: 30 });
    let mut budget = 100;
    while let Slot::Busy(job) = slot {
        budget -= run(job);
        if budget < 50 {
            break;
        }
    }
    println!("budget left {budget} {:?}", Slot::Idle);
}
