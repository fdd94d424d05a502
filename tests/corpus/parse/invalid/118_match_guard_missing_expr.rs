fn kind(n: i32) -> &'static str {
    match n {
        x if => "positive",
        0 => "zero",
        _ => "negative",
    }
}

fn main() {
    println!("{}", kind(3));
}
