// function with no return type ends with an expression
fn log_count(n: u32) {
    println!("count = {}", n);
    n * 2
}

fn main() {
    log_count(4);
}
