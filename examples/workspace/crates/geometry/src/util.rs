pub fn distance(a: i64, b: i64) -> i64 {
    if a > b { a - b } else { b - a }
}
