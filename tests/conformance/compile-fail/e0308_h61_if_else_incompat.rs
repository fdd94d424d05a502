// if and else branches of different types
fn fee(amount: u32, member: bool) -> u32 {
    let rate = if member { 0.05 } else { 1 };
    amount * rate
}

fn main() {
    let cost = if fee(100, true) > 3 { "expensive" } else { 0 };
    println!("{}", cost);
}
