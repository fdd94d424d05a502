fn main() {
    let v = Some(1);
    if let Some(x) = v && x > 0 {}
}
