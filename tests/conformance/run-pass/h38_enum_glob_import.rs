// Glob-importing enum variants, impl blocks on enums using Self, nested enums.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Hearts,
    Diamonds,
    Clubs,
    Spades,
}

#[derive(Debug, Clone, Copy)]
enum Card {
    Number(u8, Suit),
    Face(char, Suit),
    Joker,
}

use Card::*;
use Suit::*;

impl Card {
    fn points(&self) -> u32 {
        match self {
            Number(n, _) => *n as u32,
            Face('K', _) | Face('Q', _) | Face('J', _) => 10,
            Face(_, _) => 11,
            Joker => 0,
        }
    }

    fn is_red(&self) -> bool {
        match *self {
            Self::Number(_, s) | Self::Face(_, s) => s == Hearts || s == Diamonds,
            Self::Joker => false,
        }
    }

    fn wild() -> Self {
        Self::Joker
    }
}

fn main() {
    let hand = [Number(7, Hearts), Face('K', Spades), Face('A', Diamonds), Card::wild(), Number(2, Clubs)];
    let mut total = 0;
    let mut reds = 0;
    for card in hand.iter() {
        total += card.points();
        if card.is_red() {
            reds += 1;
        }
        println!("{:?}: {} points", card, card.points());
    }
    println!("total {total}, red cards {reds}");
}
