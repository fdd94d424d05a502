// lints: unreachable_code
#[derive(Debug)]
enum Infallible {}

fn unwrap_never(x: Infallible) -> u32 {
    match x {}
}

fn log_never(x: Infallible) {
    match x {}
    println!("this never runs");
}

fn main() {
    println!("start");
}
