fn differs(a: &str, b: &str) -> bool {
    a <> b
}

fn main() {
    println!("{}", differs("x", "y"));
}
