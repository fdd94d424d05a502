// A fast path declared `unsafe fn` (it skips the bounds check) called from safe code.
unsafe fn sum_unchecked(values: &[u32], n: usize) -> u32 {
    let mut total = 0;
    for i in 0..n {
        total += values[i];
    }
    total
}

fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    let total = sum_unchecked(&data, data.len());
    println!("{}", total);
}
