// Range checks: chained comparisons are not Rust, and a bool is not a number.
fn in_range(value: i32, low: i32, high: i32) -> bool {
    // mistake 1: comparison operators cannot be chained
    low < value < high
}

fn count_in_range(values: &[i32]) -> u32 {
    let mut count = 0u32;
    for &v in values {
        // mistake 2: adding a bool to a u32
        count += in_range(v, 0, 10);
    }
    count
}

fn main() {
    let data = [3, 15, -2, 9, 10];
    println!("{} of {} in range", count_in_range(&data), data.len());
}
