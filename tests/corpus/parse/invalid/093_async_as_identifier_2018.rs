// edition:2018
fn run(blocking: bool) -> &'static str {
    let async = !blocking;
    if async { "async" } else { "sync" }
}

fn main() {
    println!("{}", run(false));
}
