// lengths and counters of different integer types
fn count_positive(xs: &[i32]) -> u32 {
    let mut n = 0;
    for &x in xs {
        if x > 0 {
            n += 1;
        }
    }
    n
}

fn last_index(xs: &[i32]) -> i32 {
    xs.len() - 1
}

fn main() {
    let data = [3, -1, 4, -1, 5];
    let total: usize = count_positive(&data);
    let offset: i64 = last_index(&data);
    let ratio: u8 = total / data.len();
    println!("{} {} {}", total, offset, ratio);
}
