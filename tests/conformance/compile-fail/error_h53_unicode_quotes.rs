// Curly quotes and a fullwidth semicolon pasted from a document.
fn main() {
    let name = “Ferris”;
    let age = 7；
    println!("{} {}", name, age);
}
