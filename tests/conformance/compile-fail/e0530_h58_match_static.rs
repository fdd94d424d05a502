static THRESHOLD: u32 = 10;

fn label(n: u32) -> &'static str {
    match n {
        THRESHOLD => "at threshold",
        _ => "other",
    }
}

fn main() {
    println!("{}", label(10));
}
