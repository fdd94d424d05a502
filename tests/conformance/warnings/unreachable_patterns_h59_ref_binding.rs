// lints: unreachable_patterns
#[derive(Debug)]
enum Job {
    Build { target: u32 },
    Test(u32),
    Clean,
}

impl Job {
    fn cost(&self) -> u32 {
        match self {
            Job::Build { target } => *target * 10,
            ref other => {
                println!("generic job {:?}", other);
                1
            }
            Job::Clean => 0,
        }
    }
}

fn main() {
    let jobs = [Job::Build { target: 3 }, Job::Test(2), Job::Clean];
    let mut total = 0;
    for j in jobs.iter() {
        total += j.cost();
    }
    println!("{}", total);
}
