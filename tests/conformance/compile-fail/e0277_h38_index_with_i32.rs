// Indexing an array with a signed integer, and comparing a reference with a value.
fn find(values: &[i32], target: i32) -> i32 {
    let mut i: i32 = 0;
    while i < values.len() as i32 {
        if values[i] == target {
            return i;
        }
        i += 1;
    }
    -1
}

fn count_above(values: &[i32], limit: i32) -> u32 {
    let mut n = 0;
    for v in values {
        if v > limit {
            n += 1;
        }
    }
    n
}

fn main() {
    let data = [3, 9, 27, 81];
    println!("{}", find(&data, 27));
    println!("{}", count_above(&data, 10));
}
