// Enum-heavy card game where associated items and variants are confused.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy)]
struct Card {
    suit: Suit,
    rank: u8,
}

impl Suit {
    const ALL: [Suit; 2] = [Suit::Hearts, Suit::Spades];

    fn is_red(self) -> bool {
        self == Suit::Hearts
    }
}

impl Card {
    fn new(suit: Suit, rank: u8) -> Card {
        Card { suit, rank }
    }

    fn score(&self) -> u8 {
        if self.suit.is_red() { self.rank * 2 } else { self.rank }
    }
}

fn main() {
    let c = Card::new(Suit::Hearts, 5);
    let d = Card::new(Suit::Clubs, 2);
    let all = Suit::ALL;
    let n = Suit::COUNT;
    println!("{} {} {:?} {}", c.score(), d.score(), all, n);
    println!("{}", Suit::is_black(Suit::Spades));
    println!("{}", c.suit.score());
    println!("{}", Card::score(&c));
    println!("{}", Card::rank);
    println!("{:?}", Suit::Hearts(1));
}
