fn main() {
    let c = 1;
    if c > 0 { 1 } else { 2 } as i64;
}
