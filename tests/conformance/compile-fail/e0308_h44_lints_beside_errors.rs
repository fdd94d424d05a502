// Several lints in clean functions, beside type errors in another function.
use std::fmt::Debug;
use std::cmp::max;

#[derive(Debug, Clone, Copy)]
struct Stat {
    hits: u32,
    misses: u32,
}

fn ratio(s: Stat) -> f64 {
    let mut total = s.hits + s.misses;
    let unused_pct = 100;
    if total == 0 {
        return 0.0;
    }
    s.hits as f64 / total as f64
}

fn merge(a: Stat, b: Stat) -> Stat {
    let mut out = a;
    out.hits = a.hits + b.hits;
    out.misses = a.misses + b.misses;
    out
}

fn broken(a: Stat) -> u32 {
    let h: u8 = a.hits;
    let m = a.misses + "0";
    loop {
        break;
    }
    h as u32
}

fn unused_helper(x: u32) -> u32 {
    x * 2
}

fn main() {
    let a = Stat { hits: 3, misses: 1 };
    let b = Stat { hits: 5, misses: 5 };
    let m = merge(a, b);
    println!("{} {}", ratio(m), broken(m));
    while true {
        break;
    }
}
