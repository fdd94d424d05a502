// Rock-paper-scissors-lizard-spock tournament with a fixed round table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
    Lizard,
    Spock,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    Win,
    Lose,
    Draw,
}

impl Hand {
    fn beats(self, other: Hand) -> bool {
        matches_pair(self, other)
    }

    fn play(self, other: Hand) -> Outcome {
        if self == other {
            Outcome::Draw
        } else if self.beats(other) {
            Outcome::Win
        } else {
            Outcome::Lose
        }
    }

    fn from_index(i: usize) -> Hand {
        match i % 5 {
            0 => Hand::Rock,
            1 => Hand::Paper,
            2 => Hand::Scissors,
            3 => Hand::Lizard,
            _ => Hand::Spok,
        }
    }
}

fn matches_pair(a: Hand, b: Hand) -> bool {
    match (a, b) {
        (Hand::Rock, Hand::Scissors) | (Hand::Rock, Hand::Lizard) => true,
        (Hand::Paper, Hand::Rock) | (Hand::Paper, Hand::Spock) => true,
        (Hand::Scissors, Hand::Paper) | (Hand::Scissors, Hand::Lizard) => true,
        (Hand::Lizard, Hand::Spock) | (Hand::Lizard, Hand::Paper) => true,
        (Hand::Spock, Hand::Scissors) | (Hand::Spock, Hand::Rock) => true,
        _ => false,
    }
}

struct Score {
    wins: u32,
    losses: u32,
    draws: u32,
}

fn main() {
    let mut s = Score { wins: 0, losses: 0, draws: 0 };
    let mine = [0usize, 1, 2, 3, 4, 0, 2, 4];
    let theirs = [2usize, 2, 2, 4, 1, 0, 3, 0];
    for i in 0..mine.len() {
        let me = Hand::from_index(mine[i]);
        let them = Hand::from_index(theirs[i]);
        match me.play(them) {
            Outcome::Win => s.wins += 1,
            Outcome::Lose => s.losses += 1,
            Outcome::Draw => s.draws += 1,
        }
    }
    println!("W {} L {} D {}", s.wins, s.losses, s.draws);
    let best = Outcome::Victory;
    println!("{:?}", best);
}
