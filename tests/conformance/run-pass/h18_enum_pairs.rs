// Nested matches on tuples of enums, guards, bindings with @ and or-patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

#[derive(Debug, Clone, Copy)]
enum Outcome {
    Win(u8),
    Lose,
    Draw,
}

#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Amber { blinking: bool },
    Green(u32),
}

fn judge(a: Hand, b: Hand) -> Outcome {
    match (a, b) {
        (Hand::Rock, Hand::Scissors) | (Hand::Paper, Hand::Rock) | (Hand::Scissors, Hand::Paper) => {
            Outcome::Win(if a == Hand::Rock { 2 } else { 1 })
        }
        (x, y) if x == y => Outcome::Draw,
        _ => Outcome::Lose,
    }
}

fn advise(light: Light, speed: u32) -> &'static str {
    match (light, speed) {
        (Light::Red, 0) => "wait",
        (Light::Red, _) => "brake",
        (Light::Amber { blinking: true }, _) => "yield",
        (Light::Amber { blinking: false }, s @ 0..=30) if s > 10 => "slow down",
        (Light::Amber { .. }, _) => "stop if safe",
        (Light::Green(t), s) => match (t, s) {
            (0..=2, 50..) => "hurry",
            (_, 0) => "go",
            _ => "cruise",
        },
    }
}

fn main() {
    let hands = [Hand::Rock, Hand::Paper, Hand::Scissors];
    let mut score = [0u32; 3];
    for (i, a) in hands.iter().enumerate() {
        for b in hands {
            match judge(*a, b) {
                Outcome::Win(points) => score[i] += points as u32,
                Outcome::Draw => score[i] += 1,
                Outcome::Lose => {}
            }
        }
    }
    println!("scores {:?}", score);

    let cases = [
        (Light::Red, 0),
        (Light::Red, 40),
        (Light::Amber { blinking: true }, 20),
        (Light::Amber { blinking: false }, 20),
        (Light::Amber { blinking: false }, 5),
        (Light::Green(1), 60),
        (Light::Green(9), 0),
        (Light::Green(9), 30),
    ];
    for (light, speed) in cases {
        println!("{:?} at {} -> {}", light, speed, advise(light, speed));
    }
}
