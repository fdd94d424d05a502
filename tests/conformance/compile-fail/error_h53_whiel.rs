// Misspelled `while`.
fn main() {
    let mut n = 10;
    let mut sum = 0;
    whiel n > 0 {
        sum += n;
        n -= 1;
    }
    println!("{}", sum);
}
