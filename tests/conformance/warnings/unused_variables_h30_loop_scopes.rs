// lints: unused_variables unused_assignments unused_mut
// A batch job scheduler: bindings that are written but never read in loops, arms and blocks.

#[derive(Debug, Clone, Copy)]
enum Job {
    Compile { units: u32 },
    Test(u32),
    Deploy,
}

fn cost(job: Job) -> u32 {
    match job {
        Job::Compile { units } => units * 3,
        Job::Test(cases) => {
            let mut overhead = 2;
            let per_case = 1;
            cases
        }
        Job::Deploy => 10,
    }
}

fn schedule(jobs: &[Job]) -> u32 {
    let mut clock = 0;
    let mut last_finish = 0;
    let mut retries = 0;
    for (i, job) in jobs.iter().enumerate() {
        let start = clock;
        clock += cost(*job);
        last_finish = clock;
        {
            let mut slot = i % 2;
            let label = "worker";
            slot = 1;
        }
    }
    let mut idx = 0;
    while idx < jobs.len() {
        let mut attempts = 0;
        attempts += 1;
        idx += 1;
    }
    retries = 3;
    clock
}

fn drain(queue: [u32; 4]) -> u32 {
    let mut total = 0;
    let mut peak;
    for q in queue {
        peak = q;
        total += q;
    }
    loop {
        let mut spare = total;
        break;
    }
    total
}

fn main() {
    let jobs = [Job::Compile { units: 4 }, Job::Test(9), Job::Deploy];
    println!("makespan {}", schedule(&jobs));
    println!("drained {}", drain([3, 1, 4, 1]));
}
