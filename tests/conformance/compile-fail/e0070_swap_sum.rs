// A running total where the assignment was written the wrong way round.
fn main() {
    let prices = [250, 399, 1200, 75];
    let mut total = 0;
    for p in prices {
        total + p = total;
    }
    let tax: u32 = 8;
    1 + tax = 9;
    println!("{}", total);
}
