// Programs that look like mistakes but parse fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

fn weight(l: Level) -> i32 {
    match l {
        Level::Low => { 1 }
        Level::Mid => { 2 }
        Level::High => 3,
    }
}

fn main() {
    let xs = [3i32, -1, 4];
    let neg = -xs[1];
    let not_neg = !(neg > 0);
    let r = { 5 } - 1;
    let s = if true { 1 } else { 2 } + 10;
    let mut total = 0;
    for l in [Level::Low, Level::Mid, Level::High] {
        total += weight(l) * l as i32;
    }
    let t = (1,);
    let nested = ((1, 2), [3, 4]);
    let range_sum: i32 = { let mut s = 0; for i in 0..=4 { s += i; } s };
    println!("{} {} {} {} {} {:?} {:?} {}", neg, not_neg, r, s, total, t, nested, range_sum);
    let x = 2;
    let y = x as i64 as f64 / 3.0;
    let cmp = (x as u8) < 5;
    println!("{} {}", y, cmp);
}
