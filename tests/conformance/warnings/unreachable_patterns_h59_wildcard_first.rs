// lints: unreachable_patterns
#[derive(Debug, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High,
}

fn weight(l: Level) -> u32 {
    match l {
        Level::Low => 1,
        _ => 5,
        Level::High => 10,
    }
}

fn main() {
    println!("{}", weight(Level::Low) + weight(Level::Mid) + weight(Level::High));
}
