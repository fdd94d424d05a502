// A type error elsewhere: dead code goes quiet, but do liveness lints stay?
struct Report {
    lines: u32,
    title: &'static str,
}

fn unused_helper() -> u32 {
    42
}

fn build(n: u32) -> Report {
    let mut spare = n;
    let unused_local = n * 2;
    Report { lines: n, title: "weekly" }
}

fn total(r: &Report) -> u32 {
    let mut acc = 0;
    acc = 5;
    acc = r.lines;
    acc
}

fn broken(r: &Report) -> u32 {
    let count: u32 = r.title;
    count
}

fn after_return() -> u32 {
    return 1;
    2
}

fn main() {
    let r = build(3);
    println!("{}", total(&r));
    println!("{}", broken(&r));
    println!("{}", after_return());
}
