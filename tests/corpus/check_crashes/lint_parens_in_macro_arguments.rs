fn sq(x: i32) -> i32 { x * x }
fn main() { println!("{}", sq((1))); }
