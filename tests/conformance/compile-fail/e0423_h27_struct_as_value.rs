// Job options: struct and module names used where values are expected.
mod limits {
    pub const MAX_JOBS: u32 = 16;
}

#[derive(Debug, Clone, Copy)]
struct Options {
    jobs: u32,
    verbose: bool,
}

#[derive(Debug, Clone, Copy)]
struct Quiet;

#[derive(Debug, Clone, Copy)]
struct Jobs(u32);

impl Options {
    fn effective(&self) -> u32 {
        self.jobs.min(limits::MAX_JOBS)
    }
}

fn build(verbose: bool) -> Options {
    let base = Options;
    let jobs = Jobs(4);
    Options { jobs: jobs.0, verbose }
}

fn main() {
    let o = build(true);
    let q = Quiet;
    let n = Jobs;
    let cap = limits;
    println!("{} {:?} {}", o.effective(), q, o.verbose);
}
