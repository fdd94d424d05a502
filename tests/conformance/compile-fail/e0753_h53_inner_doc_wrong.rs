// Inner doc comment after items.
fn helper() -> u8 {
    7
}

//! This crate computes stuff.

fn main() {
    println!("{}", helper());
}
