// A string literal that ends with a backslash-escaped quote, so it never closes.
const GREETING: &str = "hello";

fn main() {
    let path = "C:\temp\";
    println!("{} {}", GREETING, path);
}
