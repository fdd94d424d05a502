// Calling a function and reading a constant that are private to their module.
mod bank {
    const INTEREST_RATE: f64 = 0.03;

    fn apply_interest(balance: f64) -> f64 {
        balance * (1.0 + INTEREST_RATE)
    }

    pub fn yearly(balance: f64) -> f64 {
        apply_interest(balance)
    }
}

fn main() {
    println!("{}", bank::yearly(100.0));
    println!("{}", bank::apply_interest(100.0));
    println!("{}", bank::INTEREST_RATE);
}
