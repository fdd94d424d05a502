fn main() {
    let a = 1.5;
    let b = 2.5;
    println!("{0} + {0} = {2}", a, b, a + a);
}
