// Distance between two unsigned positions computed with abs on the difference.
fn distance(a: u32, b: u32) -> u32 {
    (a - b).abs()
}

fn direction(delta: u8) -> u8 {
    delta.signum()
}

fn distance_ok(a: u32, b: u32) -> u32 {
    a.abs_diff(b)
}

fn main() {
    println!("{} {} {}", distance(3, 10), direction(4), distance_ok(3, 10));
}
