fn main() {
    let x = 3;
    assert!(x > 0, "x was {}");
    assert!(x < 10, "x = {}", x, x);
    println!("{x}");
}
