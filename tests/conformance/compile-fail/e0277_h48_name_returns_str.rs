// A lookup returns `str` by value instead of `&str`.
const NAMES: [&str; 3] = ["north", "east", "south"];

fn name(i: usize) -> str {
    NAMES[i % NAMES.len()]
}

fn main() {
    for i in 0..4 {
        println!("{}", NAMES[i % 3]);
    }
}
