// C-style for loop.
fn main() {
    let arr = [3, 1, 4, 1, 5, 9, 2, 6];
    let mut best = 0;
    for (let i = 0; i < arr.len(); i += 1) {
        if arr[i] > best {
            best = arr[i];
        }
    }
    println!("best = {}", best);
}
