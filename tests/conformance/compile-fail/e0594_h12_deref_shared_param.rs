// Score keeping where helpers write through shared references with `*`.
fn add_points(score: &u32, points: u32) {
    *score += points;
}

fn reset(level: &u8) {
    *level = 1;
}

fn bonus(score: &mut u32, streak: u32) {
    if streak > 3 {
        *score += streak * 10;
    }
}

fn main() {
    let mut score = 0;
    let level = 4;
    add_points(&score, 50);
    bonus(&mut score, 5);
    reset(&level);
    let best = 120;
    let best_ref = &best;
    if score > *best_ref {
        *best_ref = score;
    }
    println!("score {} level {} best {}", score, level, best);
}
