// `pub` on a local let statement.
fn main() {
    pub let limit = 5;
    let mut n = 0;
    while n < limit {
        n += 1;
    }
    println!("{}", n);
}
