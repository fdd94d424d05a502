fn f(a: &[u8; 1000000000000]) { let [x, ..] = a; }
fn main() {}
