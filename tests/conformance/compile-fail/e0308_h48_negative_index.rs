// Python habit: the last element as index -1.
fn main() {
    let history = [3, 5, 8, 13, 21];
    let last = history[-1];
    let before = history[history.len() - 2];
    let count: i32 = history.len();
    println!("last {last}, before {before}, count {count}");
}
