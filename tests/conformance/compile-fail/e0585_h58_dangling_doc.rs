fn main() {
    let total = 3;
    println!("{}", total);
    /// prints the total
}
