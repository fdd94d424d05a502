// An inclusive range `..=` with no end, in a slice index.
fn tail_from(values: &[u32], start: usize) -> &[u32] {
    &values[start..=]
}

fn describe(n: u32) -> &'static str {
    match n {
        0 => "none",
        1..=9 => "a few",
        _ => "many",
    }
}

fn main() {
    let values = [4, 8, 15, 16, 23, 42];
    for v in tail_from(&values, 3) {
        println!("{v}: {}", describe(*v));
    }
}
