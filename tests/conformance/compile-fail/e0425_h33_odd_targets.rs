// Impl blocks on odd targets.
type Score = u32;

struct Player {
    name: &'static str,
    score: Score,
}

type P = Player;

impl P {
    fn bonus(&mut self) {
        self.score += 10;
    }
}

impl Score {
    fn doubled(self) -> u32 {
        self * 2
    }
}

impl Missing {
    fn nothing(&self) {}
}

impl Player {
    const START: Score = 100;
    fn fresh(name: &'static str) -> Player {
        Player { name, score: START }
    }
}

fn main() {
    let mut p = Player::fresh("ann");
    p.bonus();
    println!("{} {}", p.name, p.score);
}
