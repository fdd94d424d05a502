// Adding a bonus to every score through a `&mut [i32]` loop variable.
fn add_bonus(scores: &mut [i32], bonus: i32) {
    for s in scores {
        s += bonus;
    }
}

fn clamp_all(scores: &mut [i32]) {
    for i in 0..scores.len() {
        scores[i] = scores[i].clamp(0, 100);
    }
}

fn main() {
    let mut scores = [55, 98, 101, -4];
    add_bonus(&mut scores, 5);
    clamp_all(&mut scores);
    println!("{:?}", scores);
}
