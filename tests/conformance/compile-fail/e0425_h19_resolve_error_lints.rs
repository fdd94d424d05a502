// An unresolved name: which lints still appear next to the resolution error?
use std::fmt::Display;

const lowercase_limit: u32 = 10;

struct settings_block {
    depth: u32,
}

fn unused_fn() {}

fn compute(x: u32) -> u32 {
    let unused = x;
    let mut m = 2;
    let CamelLocal = x + m;
    CamelLocal + missing_value
}

fn tail() -> u32 {
    return 1;
    2
}

fn main() {
    let s = settings_block { depth: 1 };
    println!("{} {} {}", compute(s.depth), tail(), lowercase_limit);
    let r = (3);
    println!("{}", r);
}
