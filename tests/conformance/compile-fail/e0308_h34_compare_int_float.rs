// Bank interest: integers compared with float literals, the Python way.

struct Account {
    cents: i64,
    rate_bp: u32,
}

fn interest(a: &Account) -> i64 {
    a.cents * a.rate_bp as i64 / 10_000
}

fn is_empty(a: &Account) -> bool {
    a.cents == 0.0
}

fn apply_fee(a: &mut Account, fee: f64) {
    if a.cents < 100.0 {
        a.cents -= fee;
    }
}

fn main() {
    let mut acct = Account { cents: 12_345, rate_bp: 250 };
    println!("{}", interest(&acct));
    apply_fee(&mut acct, 1.5);
    println!("{} {}", acct.cents, is_empty(&acct));
}
