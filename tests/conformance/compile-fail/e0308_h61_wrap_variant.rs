// forgetting to wrap a value in an enum variant
#[derive(Debug)]
enum Reading {
    Celsius(f64),
    Missing,
}

#[derive(Debug)]
enum Command {
    Move(i32),
}

fn sample(ok: bool) -> Reading {
    if ok {
        21.5
    } else {
        Reading::Missing
    }
}

fn run(cmd: Command) {
    println!("{:?}", cmd);
}

fn main() {
    let r = sample(true);
    println!("{:?}", r);
    run(5);
}
