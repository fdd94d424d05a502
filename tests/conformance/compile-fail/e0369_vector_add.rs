// Adding two structs with `+` although no addition is defined for them.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

fn main() {
    let rent = Money { cents: 120_000 };
    let food = Money { cents: 45_050 };
    let total = rent + food;
    println!("{:?}", total);
}
