fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

fn main() {
    let message = greet("world);
    println!("{}", message);
    let other = greet("rust");
    println!("{}", other);
}
