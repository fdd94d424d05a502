// Methods on bindings whose numeric type is not yet known.
fn main() {
    let base = 2;
    let sq = base.pow(3);
    let later: u64 = base;

    let start = 10;
    let up: u32 = start;
    let ok = start.pow(2);

    let mut acc = 0.0;
    for i in 0..4 {
        acc += i as f64;
    }
    let r = acc.sqrt();

    let mut best = 0;
    best = best.max(5);

    let neg = -3;
    let m = neg.abs();
    let n: i8 = neg;

    println!("{} {} {} {} {} {} {}", sq, later, ok, up, r, best, m + n);
}
