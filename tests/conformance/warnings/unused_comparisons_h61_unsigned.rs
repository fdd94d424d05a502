// lints: unused_comparisons
// comparisons that are always true or false because of the type
fn in_range(level: u8) -> bool {
    level >= 0 && level <= 255
}

fn valid_index(i: usize, len: usize) -> bool {
    i >= 0 && i < len
}

fn main() {
    println!("{} {}", in_range(12), valid_index(3, 5));
}
