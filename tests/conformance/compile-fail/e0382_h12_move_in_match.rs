// A job queue: a job is moved into a match arm binding and then used again.
#[derive(Debug)]
struct Job {
    name: &'static str,
    payload: [u8; 4],
}

#[derive(Debug)]
enum Task {
    Run(Job),
    Retry(Job, u32),
    Idle,
}

fn execute(job: Job) -> u32 {
    let mut sum = 0;
    for b in job.payload {
        sum += b as u32;
    }
    println!("ran {}", job.name);
    sum
}

fn process(task: Task) -> u32 {
    let result = match task {
        Task::Run(job) => execute(job),
        Task::Retry(job, tries) => {
            let first = execute(job);
            if tries > 1 {
                first + execute(job)
            } else {
                first
            }
        }
        Task::Idle => 0,
    };
    println!("finished {:?}", task);
    result
}

fn main() {
    let t = Task::Retry(Job { name: "backup", payload: [1, 2, 3, 4] }, 2);
    println!("{}", process(t));
}
