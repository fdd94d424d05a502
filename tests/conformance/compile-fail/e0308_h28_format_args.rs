// Format strings whose argument lists do not line up, next to a type error.
#[derive(Debug, Clone, Copy)]
struct Job {
    id: u32,
    retries: u8,
    done: bool,
}

fn status(j: Job) -> &'static str {
    if j.done { "done" } else { "pending" }
}

fn print_job(j: Job) {
    println!("job {} retries {} status {}", j.id, j.retries);
    println!("job {}", j.id, j.retries);
    println!("job {0} again {0} and {1}", j.id);
    println!("{name} is {state}", name = j.id);
    println!("{id}", id = j.id, extra = j.retries);
}

fn backoff(j: Job) -> u32 {
    let base: u32 = 100;
    base * j.retries
}

fn main() {
    let jobs = [Job { id: 1, retries: 0, done: true }, Job { id: 2, retries: 3, done: false }];
    for j in jobs {
        print_job(j);
        println!("{} waits {}", status(j), backoff(j));
    }
    let first: u8 = jobs[0].id;
    eprintln!("first {first}");
}
