// Sum of squares with integer literal receivers.
fn sum_of_squares(n: u32) -> u32 {
    let mut total = 0;
    for i in 1..=n {
        total += i.pow(2);
    }
    total
}

fn main() {
    let base = 5.pow(2);
    println!("5^2 = {}", base);
    println!("sum = {}", sum_of_squares(10));
    let x = 2;
    let y = x.pow(10);
    println!("{}", y);
}
