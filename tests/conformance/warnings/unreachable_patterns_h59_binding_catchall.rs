// lints: unreachable_patterns
fn describe(n: u32) -> &'static str {
    match n {
        0 => "zero",
        other => {
            if other % 2 == 0 { "even" } else { "odd" }
        }
        1 => "one",
    }
}

fn main() {
    for i in 0..4 {
        println!("{}", describe(i));
    }
}
