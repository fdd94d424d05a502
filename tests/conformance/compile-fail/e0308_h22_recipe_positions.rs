// A recipe scaler with mismatched types in many positions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Grams,
    Millilitres,
    Pieces,
}

#[derive(Debug, Clone, Copy)]
struct Ingredient {
    amount: u32,
    unit: Unit,
    optional: bool,
}

const SERVINGS: u32 = 4;

fn scale(ing: Ingredient, servings: u32) -> Ingredient {
    Ingredient { amount: ing.amount * servings / SERVINGS, ..ing }
}

fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::Grams => "g",
        Unit::Millilitres => "ml",
        Unit::Pieces => 'x',
    }
}

fn heavy(ing: &Ingredient) -> bool {
    if ing.unit == Unit::Grams {
        ing.amount > 500
    } else {
        0
    }
}

fn total(ings: &[Ingredient; 3]) -> u64 {
    let mut sum: u32 = 0;
    for i in ings {
        sum += i.amount;
    }
    sum
}

fn main() {
    let flour = Ingredient { amount: 500, unit: Unit::Grams, optional: false };
    let milk = Ingredient { amount: 250, unit: Unit::Millilitres, optional: "no" };
    let eggs = Ingredient { amount: 2, unit: Unit::Pieces, optional: false };
    let list = [flour, milk, eggs];
    let big = scale(flour, 6u8);
    let pair: (u32, bool) = (big.amount, big.unit);
    let counts: [u32; 3] = [1, 2, 3.0];
    let mut n: usize = 0;
    n = -1i32;
    if big.amount {
        println!("never");
    }
    println!("{} {} {} {:?} {:?} {}", unit_name(big.unit), heavy(&big), total(&list), pair, counts, n);
}
