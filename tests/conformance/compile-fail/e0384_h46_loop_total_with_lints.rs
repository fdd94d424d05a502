// A running total declared without `mut`, in a file with other liveness warnings.
fn score(rolls: &[u8]) -> u32 {
    let total = 0;
    let mut bonus = 0;
    let mut frame = 0;
    for (i, &r) in rolls.iter().enumerate() {
        total += r as u32;
        if r == 10 {
            bonus = 10;
        }
        frame = i;
    }
    total
}

fn main() {
    let rolls = [10, 3, 4, 10, 0];
    let debug = true;
    println!("{}", score(&rolls));
}
