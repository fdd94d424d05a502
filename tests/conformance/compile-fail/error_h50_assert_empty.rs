fn main() {
    let ok = 1 + 1 == 2;
    assert!();
    println!("{}", ok);
}
