// `then` after an `if` condition, as in Lua or shell: the block's `{` is not where rustc expects it.
fn count_over(values: &[i32], limit: i32) -> usize {
    let mut count = 0;
    for v in values {
        if *v > limit then {
            count += 1;
        }
    }
    count
}

fn main() {
    let values = [3, 9, 12, 1];
    println!("{} values over 5", count_over(&values, 5));
}
