// Unterminated string literal.
fn greet(name: &str) {
    println!("Hello, {}!, name);
}

fn main() {
    greet("world");
}
