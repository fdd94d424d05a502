// Inline format captures that name variables that do not exist (or are out of scope).
const LIMIT: u32 = 90;

#[derive(Debug, Clone, Copy)]
struct Player {
    score: u32,
    lives: u8,
}

fn report(p: Player) {
    let ratio = p.score as f64 / LIMIT as f64;
    println!("score {score} of {LIMIT} ({ratio:.2})");
    println!("lives left: {lives}", lives = p.lives);
    println!("{p:?} {ratio:>8.3}");
}

fn tally(players: &[Player]) -> u32 {
    let mut best = 0;
    for pl in players {
        let points = pl.score * pl.lives as u32;
        if points > best {
            best = points;
        }
    }
    println!("last points were {points}");
    best
}

fn main() {
    let roster = [Player { score: 40, lives: 3 }, Player { score: 75, lives: 1 }];
    for p in roster {
        report(p);
    }
    let best = tally(&roster);
    let width = 10;
    println!("[{best:>width$}]");
    println!("[{best:>widht$}]");
    assert!(best > 0, "no best score among {count} players");
    panic!("stopping after {best} with {remaining} left");
}
