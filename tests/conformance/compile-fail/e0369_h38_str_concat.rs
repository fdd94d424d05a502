// Trying to join &str values with `+`, and comparing with the wrong kinds.
fn greeting(name: &str) -> &str {
    if name.is_empty() {
        return "hello, stranger";
    }
    "hello, " + name
}

fn initial_is_a(c: char) -> bool {
    c == "a"
}

fn main() {
    let first = "Ferris";
    let last = "Crab";
    let full = first + " " + last;
    println!("{} {} {}", full, greeting(first), initial_is_a('a'));
}
