fn main() {
    let limit = 10;
    let value = 4;
    let reason = "value over limit";
    assert!(value < limit, reason);
    println!("{}", value);
}
