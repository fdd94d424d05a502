fn main() {
    println!(
