// Building the message with `+` inside println!, Java/JS style, plus a wrong return type.
struct Score {
    player: &'static str,
    points: u32,
}

fn best(scores: &[Score]) -> usize {
    let mut best = 0;
    for i in 1..scores.len() {
        if scores[i].points > scores[best].points {
            best = i;
        }
    }
    scores[best].points
}

fn main() {
    let scores = [
        Score { player: "ann", points: 30 },
        Score { player: "bob", points: 45 },
    ];
    let i = best(&scores);
    println!("Winner: " + scores[i].player);
    println!("{} points", scores[i].points);
}
