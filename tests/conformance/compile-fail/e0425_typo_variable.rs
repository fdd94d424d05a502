// A misspelled local variable and a misspelled function name.
fn compute_interest(principal: f64, rate: f64, years: u32) -> f64 {
    let mut amount = principal;
    for _ in 0..years {
        amount *= 1.0 + rate;
    }
    amount - principal
}

fn main() {
    let principal = 1000.0;
    let interest = compute_intrest(principle, 0.05, 10);
    println!("{:.2}", interest);
    println!("{:.2}", compute_interest(principal, 0.05, 10));
}
