// Rock-paper-scissors league: tuples of enums, guards, @ bindings and ranges.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Win,
    Lose,
    Draw,
}

fn play(a: Hand, b: Hand) -> Outcome {
    match (a, b) {
        (x, y) if x == y => Outcome::Draw,
        (Hand::Rock, Hand::Scissors) | (Hand::Paper, Hand::Rock) | (Hand::Scissors, Hand::Paper) => Outcome::Win,
        _ => Outcome::Lose,
    }
}

fn hand_from(n: u32) -> Hand {
    match n % 3 {
        0 => Hand::Rock,
        1 => Hand::Paper,
        _ => Hand::Scissors,
    }
}

fn rank(points: i32) -> &'static str {
    match points {
        i32::MIN..=-1 => "relegated",
        0 => "flat",
        p @ 1..=5 if p % 2 == 0 => "even climber",
        1..=5 => "climber",
        _ => "champion",
    }
}

fn main() {
    let mut seed: u32 = 17;
    let mut points = 0;
    for round in 1..=8 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let a = hand_from(seed >> 16);
        let b = hand_from(seed >> 8);
        let o = play(a, b);
        points += match o {
            Outcome::Win => 1,
            Outcome::Lose => -1,
            Outcome::Draw => 0,
        };
        println!("round {} {:?} vs {:?}: {:?} ({})", round, a, b, o, rank(points));
    }
}
