// A crate-root enum named like a prelude type, then `use` of its variant.
#[derive(Debug)]
enum Result { Fine }
use Result::Fine;
fn main() {
    println!("{:?}", Fine);
}
