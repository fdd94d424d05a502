fn describe(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 | 2 | 3 "small",
        _ if n < 0 => "negative",
        _ => "large",
    }
}

fn main() {
    println!("{}", describe(2));
}
