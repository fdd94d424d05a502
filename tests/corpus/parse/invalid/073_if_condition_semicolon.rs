fn check(balance: i64) {
    if balance < 0; {
        println!("overdrawn");
    }
}

fn main() {
    check(-5);
}
