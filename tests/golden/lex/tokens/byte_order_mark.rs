// a byte-order mark comes first
fn main() {}
