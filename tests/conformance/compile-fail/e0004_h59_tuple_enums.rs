#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

#[derive(Debug)]
enum Outcome {
    Win,
    Lose,
    Draw,
}

fn play(a: Hand, b: Hand) -> Outcome {
    match (a, b) {
        (Hand::Rock, Hand::Scissors) => Outcome::Win,
        (Hand::Paper, Hand::Rock) => Outcome::Win,
        (Hand::Scissors, Hand::Paper) => Outcome::Win,
        (Hand::Rock, Hand::Rock) | (Hand::Paper, Hand::Paper) | (Hand::Scissors, Hand::Scissors) => Outcome::Draw,
        (Hand::Rock, Hand::Paper) => Outcome::Lose,
        (Hand::Paper, Hand::Scissors) => Outcome::Lose,
    }
}

fn main() {
    println!("{:?}", play(Hand::Rock, Hand::Paper));
    println!("{:?}", play(Hand::Scissors, Hand::Rock));
}
