// A nested helper fn tries to jump to a label of the enclosing function's loop.
#[derive(Debug, Clone, Copy)]
struct Job {
    id: u32,
    cost: u32,
}

fn schedule(jobs: &[Job], budget: u32) -> u32 {
    let mut spent = 0;
    'jobs: for job in jobs {
        fn affordable(cost: u32, left: u32) -> bool {
            if cost > left {
                continue 'jobs;
            }
            true
        }
        if affordable(job.cost, budget - spent) {
            spent += job.cost;
            println!("running job {}", job.id);
        }
    }
    spent
}

fn main() {
    let jobs = [Job { id: 1, cost: 30 }, Job { id: 2, cost: 80 }, Job { id: 3, cost: 10 }];
    println!("spent {}", schedule(&jobs, 50));
}
