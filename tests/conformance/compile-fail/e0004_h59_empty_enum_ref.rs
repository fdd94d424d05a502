#[derive(Debug)]
enum Never {}

fn absurd(n: &Never) -> u32 {
    match n {}
}

fn consume(n: Never) -> u32 {
    match n {}
}

fn main() {
    println!("nothing to do");
}
