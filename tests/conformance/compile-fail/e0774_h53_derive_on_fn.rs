// `#[derive]` applied to a function.
#[derive(Debug)]
fn make() -> i32 {
    42
}

fn main() {
    println!("{}", make());
}
