// Compound interest: the exponent is a float but the code passes integers.
fn compound(principal: f64, rate: f64, years: u32) -> f64 {
    principal * (1.0 + rate).powf(years)
}

fn half_life(initial: f64, periods: i32) -> f64 {
    initial * 0.5f64.powf(2)
}

fn main() {
    println!("{:.2}", compound(1000.0, 0.05, 10));
    println!("{:.2}", half_life(80.0, 3));
}
