// lints: unconditional_panic arithmetic_overflow
// regen: build
// A job scheduler whose settings are built from literals right before use.
#[derive(Debug, Clone, Copy)]
struct Config {
    workers: u32,
    retries: u8,
    slots: usize,
}

struct Budget(u16, u16);

struct Queue {
    jobs: [u32; 4],
}

fn jobs_per_worker(queue: &Queue) -> u32 {
    let cfg = Config { workers: 0, retries: 3, slots: 4 };
    let total = queue.jobs[0] + queue.jobs[1];
    total / cfg.workers
}

fn retry_budget() -> u8 {
    let cfg = Config { workers: 2, retries: 200, slots: 2 };
    cfg.retries + 100
}

fn last_slot(queue: &Queue) -> u32 {
    let cfg = Config { workers: 1, retries: 0, slots: 4 };
    queue.jobs[cfg.slots]
}

fn combined() -> u16 {
    let budget = Budget(60000, 6000);
    budget.0 + budget.1
}

fn from_param(cfg: Config, queue: &Queue) -> u32 {
    queue.jobs[0] / cfg.workers
}

fn updated(queue: &Queue) -> u32 {
    let base = Config { workers: 4, retries: 1, slots: 1 };
    let tuned = Config { workers: 0, ..base };
    queue.jobs[2] % tuned.workers
}

fn main() {
    let queue = Queue { jobs: [5, 6, 7, 8] };
    println!("{}", jobs_per_worker(&queue));
    println!("{}", retry_budget());
    println!("{}", last_slot(&queue));
    println!("{}", combined());
    println!("{}", from_param(Config { workers: 1, retries: 0, slots: 0 }, &queue));
    println!("{}", updated(&queue));
}
