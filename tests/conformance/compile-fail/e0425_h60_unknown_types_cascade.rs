#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Hearts,
    Spades,
    Clubs,
    Diamonds,
}

#[derive(Debug, Clone, Copy)]
struct Card {
    rank: u8,
    suit: Suit,
}

fn make_deck() -> [Card; 4] {
    [
        Card { rank: 1, suit: Suit::Hearts },
        Card { rank: 2, suit: Suit::Spade },
        Card { rank: 3, suit: Suits::Clubs },
        Card { rank: 4, suit: Suit::Diamonds },
    ]
}

fn score(hand: &Hand) -> u32 {
    let mut total = 0;
    for c in hand.cards {
        total += c.rank as u32;
    }
    total
}

fn best(cards: &[Card]) -> Crd {
    let mut top = cards[0];
    for c in cards {
        if c.rank > top.rank {
            top = *c;
        }
    }
    top
}

fn is_red(c: Card) -> bool {
    match c.suit {
        Suit::Hearts | Suit::Diamonds => true,
        Suit::Spades | Suit::Clubs => false,
    }
}

fn main() {
    let deck = make_deck();
    let h = Hand { cards: deck };
    println!("{}", score(&h));
    let b = best(&deck);
    println!("{:?}", b);
    let mut reds = 0;
    for c in deck {
        if is_red(c) {
            reds += 1;
        }
    }
    println!("{}", reds);
    let x: Strng = 5;
    let unused_here = 7;
    let mut never = 1;
    println!("{}", never);
}
