// lints: unused_assignments
// Accumulators that are reset after the loop that filled them. rustc 1.95
// reports the initial value and every compound assignment whose result is
// only overwritten, since `x += y` alone does not keep the old value alive.

const SALES: [u32; 5] = [120, 80, 45, 300, 15];

fn weekly_total() -> u32 {
    let mut total = 0;
    for s in SALES {
        total += s;
    }
    total = 0;
    total
}

fn scaled(k: u32) -> u32 {
    let mut n = k;
    n *= 3;
    n += 1;
    n = 7;
    n
}

fn running(v: u32) -> u32 {
    let mut t = v;
    t = t + 1;
    t = 9;
    t
}

fn main() {
    let mut count = 0;
    count += 1;
    count = 10;
    println!("{} {} {} {}", weekly_total(), scaled(2), running(1), count);
}
