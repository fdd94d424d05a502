fn main() {
    let mut balance = 100;
    balance -= 30;
    assert!(balance = 70);
    println!("{}", balance);
}
