// Comparing references with plain numbers while iterating
fn count_threes(values: &[i32]) -> usize {
    let mut n = 0;
    for v in values {
        if v == 3 {
            n += 1;
        }
    }
    n
}

fn max_over(values: &[u8], limit: u8) -> bool {
    for v in values.iter() {
        if v > limit {
            return true;
        }
    }
    false
}

fn main() {
    let a = [1, 3, 3, 7];
    let b = [10u8, 200];
    let wide: i64 = 3;
    let narrow: i32 = 3;
    println!("{} {} {}", count_threes(&a), max_over(&b, 100), wide == narrow);
}
