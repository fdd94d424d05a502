// lints: unused_variables unused_mut
// #[deny] turns a lint into an error for one function; #[warn] keeps the default elsewhere.
#[deny(unused_variables)]
fn strict_total(prices: &[u32]) -> u32 {
    let discount = 10;
    let mut sum = 0;
    for p in prices {
        sum += p;
    }
    sum
}

#[warn(unused_mut)]
fn relaxed_total(prices: &[u32]) -> u32 {
    let mut copy = prices.len() as u32;
    copy
}

fn main() {
    println!("{} {}", strict_total(&[1, 2, 3]), relaxed_total(&[4, 5]));
}
