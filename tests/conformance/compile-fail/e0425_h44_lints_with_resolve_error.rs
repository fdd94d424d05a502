// Lints next to a resolution error (unknown name) in another function.
use std::fmt::Write;

fn compute(a: i32, b: i32) -> i32 {
    let unused = a * 2;
    let mut acc = 0;
    acc = a + b;
    acc
}

fn helper_never_called(x: u8) -> u8 {
    x + 1
}

fn report(v: i32) {
    let mut copy = v;
    println!("{}", copy);
    return;
    println!("done");
}

fn broken() -> u32 {
    lookup_default()
}

fn main() {
    let total = compute(1, 2);
    report(total);
    let BadName = broken();
    println!("{}", BadName);
}
