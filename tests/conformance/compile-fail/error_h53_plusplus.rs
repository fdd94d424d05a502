// C habit: `x++` and `--y`.
fn main() {
    let mut hits = 0;
    let mut misses = 5;
    let data = [1, 4, 9, 16, 25];
    for d in data {
        if d % 2 == 1 {
            hits++;
        }
    }
    --misses;
    println!("{} {}", hits, misses);
}
