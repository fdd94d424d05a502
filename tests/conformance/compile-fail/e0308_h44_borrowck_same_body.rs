// A move error and a type error in the same body.
#[derive(Debug)]
struct Job {
    name: &'static str,
    cost: u32,
}

fn run(j: Job) -> u32 {
    println!("running {}", j.name);
    j.cost
}

fn main() {
    let j = Job { name: "build", cost: 3 };
    let c = run(j);
    let d = run(j);
    let msg: &str = c + d;
    println!("{}", msg);
    let n: i32;
    println!("{}", n);
}
