// Struct literal as match scrutinee without parentheses.
#[derive(Debug)]
struct Pair {
    a: u8,
    b: u8,
}

fn main() {
    let v = 3u8;
    match Pair { a: v, b: v + 1 } {
        Pair { a, b } => println!("{} {}", a, b),
    }
}
