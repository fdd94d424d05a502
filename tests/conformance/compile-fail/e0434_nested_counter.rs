// An inner function that refers to the outer function's parameter.
fn count_above(values: &[i32], limit: i32) -> usize {
    fn above(v: i32) -> bool {
        v > limit
    }
    let mut n = 0;
    for &v in values {
        if above(v) {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{}", count_above(&[1, 5, 9, 12], 6));
}
