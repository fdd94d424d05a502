// Money arithmetic on a struct without operator impls, plus mixed-width integers.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Currency {
    Eur,
    Usd,
}

fn convert(m: Money, rate_permille: i64) -> Money {
    Money { cents: m.cents * rate_permille / 1000 }
}

fn main() {
    let a = Money { cents: 1250 };
    let b = Money { cents: 300 };
    let sum = a + b;
    let same = a == b;
    let cur = Currency::Eur;
    let bigger = cur > Currency::Usd;
    let mut wallet = a;
    wallet += b;
    let neg = -a;
    let fee: i32 = 15;
    let total_cents = a.cents + fee;
    let ratio = a.cents / 2.0;
    let flag = !cur;
    println!("{:?} {} {} {:?} {:?} {} {} {}", sum, same, bigger, wallet, neg, total_cents, ratio, flag);
    println!("{:?}", convert(b, 1100));
}
