#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Diamonds,
    Clubs,
    Spades,
}

#[derive(Debug, Clone, Copy)]
struct Card {
    suit: Suit,
    rank: u8,
}

fn color_name(c: Card) -> &'static str {
    match c {
        Card { suit: Suit::Hearts | Suit::Diamonds, .. } => "red",
        Card { suit: Suit::Clubs | Suit::Spades, .. } => "black",
    }
}

fn is_face(c: &Card) -> bool {
    match c.rank {
        11..=13 => true,
        0..=10 | 14..=u8::MAX => false,
    }
}

fn main() {
    let hand = [
        Card { suit: Suit::Hearts, rank: 12 },
        Card { suit: Suit::Spades, rank: 3 },
        Card { suit: Suit::Diamonds, rank: 1 },
        Card { suit: Suit::Clubs, rank: 13 },
    ];
    for c in hand.iter() {
        println!("{:?} {} {}", c.suit, color_name(*c), is_face(c));
    }
}
