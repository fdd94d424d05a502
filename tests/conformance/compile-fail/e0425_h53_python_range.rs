// Python habit: `for i in range(n)`.
fn main() {
    let n = 5;
    let mut squares = 0;
    for i in range(n) {
        squares += i * i;
    }
    println!("{}", squares);
}
