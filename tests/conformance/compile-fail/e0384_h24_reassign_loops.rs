// A scoring loop where immutable bindings get reassigned.
#[derive(Debug, Clone, Copy)]
struct Score {
    points: u32,
    bonus: u32,
}

fn tally(rounds: &[u32]) -> u32 {
    let total = 0;
    for r in rounds {
        total += r;
    }
    total
}

fn best(rounds: &[u32]) -> u32 {
    let best: u32;
    for r in rounds {
        best = *r;
    }
    0
}

fn bump(s: Score) -> Score {
    s.points += 1;
    s
}

fn pattern(scores: [Score; 2]) -> u32 {
    let [a, b] = scores;
    a = b;
    a.points
}

fn arg(limit: u32) -> u32 {
    limit = limit.min(10);
    limit
}

fn loop_var() -> u32 {
    let mut acc = 0;
    for i in 0..5 {
        i += 1;
        acc += i;
    }
    acc
}

fn matched(s: Score) -> u32 {
    match s {
        Score { points, bonus: 0 } => {
            points = 1;
            points
        }
        Score { bonus, .. } => bonus,
    }
}

fn main() {
    let s = Score { points: 1, bonus: 2 };
    println!("{} {} {:?}", tally(&[1, 2]), best(&[3]), bump(s));
    println!("{} {} {} {}", pattern([s, s]), arg(3), loop_var(), matched(s));
}
