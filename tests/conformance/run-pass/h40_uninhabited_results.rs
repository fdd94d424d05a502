// An operation that cannot fail reports its error as an empty enum.
#[derive(Debug, Clone, Copy)]
enum NoError {}

#[allow(dead_code)]
#[derive(Debug, Clone, Copy)]
enum Outcome {
    Done(u32),
    Failed(NoError),
}

fn unwrap_done(o: Outcome) -> u32 {
    match o {
        Outcome::Done(v) => v,
        Outcome::Failed(e) => match e {},
    }
}

fn explain(e: &NoError) -> &'static str {
    match *e {}
}

fn double(x: u32) -> Outcome {
    Outcome::Done(x * 2)
}

fn main() {
    let mut acc = 1;
    for _ in 0..5 {
        acc = unwrap_done(double(acc));
    }
    println!("{}", acc);
    if let Outcome::Failed(e) = double(3) {
        println!("{}", explain(&e));
    }
}
