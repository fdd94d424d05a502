fn main() {}
xyz
fn g() {}
let z = 3;
fn last() {}
