use m;
fn l(p: &[u8]) { match p { m::S => {} } }
fn main() {}
