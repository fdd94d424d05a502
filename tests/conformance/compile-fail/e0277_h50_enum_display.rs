#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug)]
struct Card {
    rank: u8,
    suit: Suit,
}

fn main() {
    let c = Card { rank: 12, suit: Suit::Spades };
    println!("{} of {}", c.rank, c.suit);
    println!("{:?}", Suit::Hearts);
}
