// C habit: do { } while (cond);
fn main() {
    let mut n = 0;
    do {
        n += 3;
    } while (n < 10);
    println!("{}", n);
}
