use jobs::{Job, Outcome, Spec};

fn requeue(job: Job) -> Job {
    Job { id: job.id + 100, ..job }
}

fn inspect(job: &Job) {
    job.bump();
}

fn main() {
    let spec = Spec { priority: 1, retries: 2 };
    let job = Job::new(1, spec);
    let mut done = 0;
    for _ in 0..2 {
        match job.run() {
            Outcome::Done(j) => done += j.id,
            Outcome::Failed { job, code } => println!("{} failed {}", job.id, code),
        }
    }
    let second = Job::new(2, spec);
    let outcome = second.run();
    if let Outcome::Failed { job, .. } = outcome {
        let again = requeue(job);
        println!("{}", again.id);
    }
    println!("{:?} {}", outcome, spec.priority);
    let third = Job::new(3, spec);
    third.spec.retries = 0;
    inspect(&third);
    println!("{}", done);
}
