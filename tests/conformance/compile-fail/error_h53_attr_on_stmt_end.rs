// Attribute with nothing after it at end of a block.
fn main() {
    let x = 5;
    println!("{}", x);
    #[allow(unused_variables)]
}
