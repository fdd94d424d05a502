fn main() {
    let greeting = "hello world";
    println!(greeting);
}
