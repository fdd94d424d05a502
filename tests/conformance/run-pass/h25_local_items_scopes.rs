// A bowling scorer built from items declared inside function bodies and heavy shadowing.
mod frames {
    pub const PINS: u32 = 10;

    pub fn strike(roll: u32) -> bool {
        roll == PINS
    }
}

fn score(rolls: &[u32]) -> u32 {
    use frames::{strike, PINS};

    // Used before its declaration: items in a block are visible in the whole block.
    let total = tally(rolls);

    fn tally(rolls: &[u32]) -> u32 {
        let mut total = 0;
        let mut i = 0;
        let mut frame = 0;
        while frame < FRAMES && i < rolls.len() {
            let (points, used) = if strike(rolls[i]) {
                (PINS + bonus(rolls, i + 1, 2), 1)
            } else if i + 1 < rolls.len() && rolls[i] + rolls[i + 1] == PINS {
                (PINS + bonus(rolls, i + 2, 1), 2)
            } else {
                let second = if i + 1 < rolls.len() { rolls[i + 1] } else { 0 };
                (rolls[i] + second, 2)
            };
            total += points;
            i += used;
            frame += 1;
        }
        total
    }

    const FRAMES: u32 = 10;

    fn bonus(rolls: &[u32], from: usize, count: usize) -> u32 {
        let mut sum = 0;
        for k in from..from + count {
            if k < rolls.len() {
                sum += rolls[k];
            }
        }
        sum
    }

    total
}

fn main() {
    let game = [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1];
    let result = score(&game);
    println!("score {}", result);

    // Shadowing across blocks, loops and match arms.
    let result = result as i64 - 100;
    let label = {
        let result = result * 2;
        if result > 0 { "above" } else { "below" }
    };
    println!("{} {}", result, label);

    let mut best = 0;
    for round in 0..3 {
        let round = round * 10 + 1;
        let best_here = match round {
            1 => {
                let round = "first";
                round.len() as u32
            }
            r @ 2..=15 => r,
            r => r + 100,
        };
        best = best.max(best_here);
    }
    println!("best {}", best);

    {
        struct Tally {
            hits: u8,
        }
        impl Tally {
            fn bump(&mut self) {
                self.hits += 1;
            }
        }
        let mut t = Tally { hits: 0 };
        t.bump();
        t.bump();
        println!("inner tally {}", t.hits);
    }

    let perfect = [10; 12];
    let zeros = [0u32; 20];
    println!("{} {}", score(&perfect), score(&zeros));
}
