// lints: unreachable_patterns
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Hearts,
    Diamonds,
    Clubs,
    Spades,
}

fn is_red(s: Suit) -> bool {
    match s {
        Suit::Hearts | Suit::Diamonds | Suit::Hearts => true,
        _ => false,
    }
}

fn pair_kind(card: (Suit, u8)) -> &'static str {
    match card {
        (Suit::Hearts | Suit::Diamonds, 11 | 12 | 13 | 12) => "red face",
        (Suit::Clubs | Suit::Spades | Suit::Clubs, 11..=13) => "black face",
        (_, 1) => "ace",
        _ => "pip",
    }
}

fn trump(s: Suit) -> bool {
    if let Suit::Spades | Suit::Clubs | Suit::Spades = s {
        true
    } else {
        false
    }
}

fn main() {
    let hand = [(Suit::Hearts, 12), (Suit::Clubs, 11), (Suit::Spades, 1), (Suit::Diamonds, 5)];
    for c in hand {
        println!("{} {} {}", is_red(c.0), pair_kind(c), trump(c.0));
    }
}
