// A struct where a field was copied and pasted without renaming it.
#[derive(Debug)]
struct Address {
    street: &'static str,
    city: &'static str,
    city: &'static str,
    zip: u32,
}

fn main() {
    let a = Address { street: "1 Main St", city: "Springfield", zip: 12345 };
    println!("{:?}", a);
}
