// Match arm missing `=>`, and a `:` used instead.
fn describe(n: u8) -> &'static str {
    match n {
        0 "none",
        1 => "one",
        _: "lots",
    }
}

fn main() {
    println!("{}", describe(1));
}
