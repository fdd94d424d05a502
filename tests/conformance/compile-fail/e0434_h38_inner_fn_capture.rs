// An inner fn trying to use a local variable of the enclosing function.
fn main() {
    let rate = 7;
    let base = 100;

    fn apply_tax(price: u32) -> u32 {
        price + price * rate / 100
    }

    fn describe() {
        println!("base is {}", base);
    }

    println!("{}", apply_tax(base));
    describe();
}
