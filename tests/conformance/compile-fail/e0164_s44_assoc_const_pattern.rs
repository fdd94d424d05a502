// An associated constant used like a tuple variant in a pattern.
struct Limits;

impl Limits {
    const MAX: u32 = 100;
    const MIN: u32 = 1;
}

fn classify(n: u32) -> &'static str {
    match n {
        Limits::MIN => "minimum",
        Limits::MAX(x) => {
            println!("{}", x);
            "maximum"
        }
        _ => "between",
    }
}

fn main() {
    println!("{}", classify(5));
}
