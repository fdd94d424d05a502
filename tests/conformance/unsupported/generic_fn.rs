// Valid Rust outside tier L1: one generic function (line 2). Its callers are indeterminate, not errors.
fn largest<T: PartialOrd + Copy>(values: &[T]) -> T {
    let mut best = values[0];
    for &v in values {
        if v > best {
            best = v;
        }
    }
    best
}

fn main() {
    let temps = [12, 31, 7, 25];
    let weights = [2.5, 0.75, 9.0];
    println!("{} {}", largest(&temps), largest(&weights));
}
