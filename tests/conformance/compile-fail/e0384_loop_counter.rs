// A counter declared without `mut` and incremented in a loop.
fn main() {
    let words = [3, 0, 5, 2, 0, 7];
    let non_empty = 0;
    for w in words {
        if w > 0 {
            non_empty += 1;
        }
    }
    println!("{} non-empty lines", non_empty);
}
