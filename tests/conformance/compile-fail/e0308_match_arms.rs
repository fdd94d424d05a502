// Match arms that disagree: one arm returns a number, one a string slice.
#[derive(Clone, Copy)]
enum Size {
    Small,
    Medium,
    Large,
}

fn price_cents(s: Size) -> u32 {
    match s {
        Size::Small => 250,
        Size::Medium => 325,
        Size::Large => "ask staff",
    }
}

fn main() {
    let order = [Size::Small, Size::Large, Size::Medium];
    let mut total = 0;
    for s in order {
        total += price_cents(s);
    }
    println!("{}", total);
}
