// Dereferencing values that are not references.
fn total(prices: [u32; 3]) -> u32 {
    let mut sum = 0;
    for p in prices {
        sum += *p;
    }
    sum
}

fn main() {
    let limit = 100u32;
    let t = total([10, 20, 30]);
    if t > *limit {
        println!("over");
    }
    println!("{}", t);
}
