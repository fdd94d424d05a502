// Valid Rust outside tier L1: one closure (line 5); everything else is plain L1 code.
fn main() {
    let prices = [120, 75, 300, 42];
    let tax_rate = 8;
    let with_tax = |p: u32| p + p * tax_rate / 100;
    let mut total = 0;
    for p in prices {
        total += with_tax(p);
    }
    println!("total with tax {}", total);
}
