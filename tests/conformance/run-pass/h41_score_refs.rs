// Leaderboard statistics computed over references into a score table.
#[derive(Debug, Clone, Copy)]
struct Player {
    name: &'static str,
    scores: [i32; 5],
}

const PLAYERS: [Player; 4] = [
    Player { name: "ada", scores: [88, 92, 79, 95, 90] },
    Player { name: "brook", scores: [70, 85, 99, 60, 75] },
    Player { name: "cy", scores: [91, 91, 91, 91, 91] },
    Player { name: "dee", scores: [55, 100, 65, 80, 72] },
];

/// Highest and lowest score as references into the slice.
fn extremes(scores: &[i32]) -> (&i32, &i32) {
    let mut best = &scores[0];
    let mut worst = &scores[0];
    for s in scores.iter() {
        best = best.max(s);
        worst = worst.min(s);
    }
    (best, worst)
}

fn trimmed_mean(scores: &[i32; 5]) -> f64 {
    let (hi, lo) = extremes(scores);
    let mut total = 0;
    for s in scores {
        total += s;
    }
    (total - hi - lo) as f64 / (scores.len() - 2) as f64
}

fn spread(scores: &[i32]) -> i32 {
    let (hi, lo) = extremes(scores);
    hi - lo
}

fn main() {
    let mut ranking = [(0.0f64, 0usize); 4];
    for (i, p) in PLAYERS.iter().enumerate() {
        let (hi, lo) = extremes(&p.scores);
        let tm = trimmed_mean(&p.scores);
        ranking[i] = (tm, i);
        println!("{:<6} best {:>3} worst {:>3} spread {:>2} trimmed mean {:.2}", p.name, hi, lo, spread(&p.scores), tm);
    }
    // selection sort by trimmed mean, descending
    for i in 0..ranking.len() {
        let mut top = i;
        for j in i + 1..ranking.len() {
            if ranking[j].0 > ranking[top].0 {
                top = j;
            }
        }
        let t = ranking[i];
        ranking[i] = ranking[top];
        ranking[top] = t;
    }
    for (place, &(tm, idx)) in ranking.iter().enumerate() {
        println!("{}. {} ({:.1})", place + 1, PLAYERS[idx].name, tm);
    }
    let round_best = {
        let mut per_round = [0i32; 5];
        for p in &PLAYERS {
            for (r, s) in p.scores.iter().enumerate() {
                per_round[r] = per_round[r].max(*s);
            }
        }
        per_round
    };
    println!("best per round: {:?}", round_best);
}
