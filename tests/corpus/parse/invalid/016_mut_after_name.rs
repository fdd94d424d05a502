fn main() {
    let total mut = 0;
    for i in 1..=10 {
        total += i;
    }
    println!("{}", total);
}
