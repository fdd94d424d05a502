// Doc comment not followed by an item at end of block and file.
/// Adds two numbers.
fn add(a: i32, b: i32) -> i32 {
    a + b
    /// returns the sum
}

fn main() {
    let x = add(1, 2);
    println!("{}", x);
}

/// trailing doc
