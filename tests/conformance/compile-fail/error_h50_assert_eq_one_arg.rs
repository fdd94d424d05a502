fn main() {
    let a = 5;
    assert_eq!(a);
    println!("{a}");
}
