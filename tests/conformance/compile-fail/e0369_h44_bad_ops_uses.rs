// Invalid operators, derefs, indexing and casts whose results are used.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

fn main() {
    let a = Money { cents: 150 };
    let b = Money { cents: 275 };
    let sum = a + b;
    let half = sum.cents / 2;
    let neg = -a;
    let pos = neg.cents.abs();
    let n = 42u32;
    let d = *n + 1;
    let first = n[0] * 2;
    let c = a as i64;
    let bits = c.count_ones();
    let not_a = !b;
    if not_a {
        println!("never");
    }
    let out: bool = half + pos as i64;
    println!("{} {} {} {}", out, d, first, bits);
}
