// Game entities updated through shared references: assignments to fields and slice elements.
#[derive(Debug, Clone, Copy)]
struct Player {
    hp: i32,
    x: i32,
    y: i32,
}

fn apply_damage(p: &Player, amount: i32) {
    if p.hp > amount {
        p.hp -= amount;
    } else {
        p.hp = 0;
    }
}

fn reset_scores(scores: &[u32]) {
    for i in 0..scores.len() {
        scores[i] = 0;
    }
}

fn step(p: &mut Player, dx: i32, dy: i32) {
    p.x += dx;
    p.y += dy;
}

fn main() {
    let mut hero = Player { hp: 50, x: 0, y: 0 };
    step(&mut hero, 1, 2);
    apply_damage(&hero, 20);
    let scores = [10, 20, 30];
    reset_scores(&scores);
    println!("{:?} {:?}", hero, scores);
}
