// Parameters written without types, as in Python or JavaScript.
fn add(a, b) -> i32 {
    a + b
}

fn describe(name, age: u32) {
    println!("{} is {} years old", name, age);
}

fn main() {
    let total = add(2, 3);
    describe("Ferris", 7);
    println!("total {}", totl);
}
