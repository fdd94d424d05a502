// Scoring dice faces: the match on a u8 forgets every value outside 1..=6,
// and a refutable `let` assumes every roll is a pair.
#[derive(Clone, Copy)]
enum Roll {
    Pair(u8, u8),
    Single(u8),
}

fn face_points(face: u8) -> u32 {
    match face {
        1 => 100,
        5 => 50,
        2 | 3 | 4 | 6 => 0,
    }
}

fn main() {
    let rolls = [Roll::Pair(1, 5), Roll::Single(3), Roll::Pair(6, 6)];
    let mut score = 0;
    for r in rolls {
        let Roll::Pair(a, b) = r;
        score += face_points(a) + face_points(b);
    }
    println!("score {}", score);
}
