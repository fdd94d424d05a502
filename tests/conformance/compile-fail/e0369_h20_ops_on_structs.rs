// Money arithmetic: `+` and `==` on structs without operator impls, `+` on two
// string slices, and `<` between references to a struct.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

#[derive(Debug, Clone, Copy)]
struct Budget {
    limit: Money,
    spent: Money,
}

fn remaining(b: &Budget) -> i64 {
    b.limit.cents - b.spent.cents
}

fn label(over: bool) -> &'static str {
    if over { "over" } else { "ok" }
}

fn main() {
    let rent = Money { cents: 120000 };
    let food = Money { cents: 45000 };
    let total = rent + food;
    let same = rent == food;
    let b = Budget { limit: Money { cents: 200000 }, spent: Money { cents: 165000 } };
    let heading = "budget: " + label(remaining(&b) < 0);
    let r1 = &rent;
    let r2 = &food;
    let cheaper = r1 < r2;
    let refs_sum = &b.limit.cents + b.spent.cents;
    println!("{:?} {} {} {} {}", total, same, heading, cheaper, refs_sum);
}
