// Printing with {:?} types that do not derive Debug.
#[derive(Clone, Copy, PartialEq)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy)]
struct Card {
    rank: u8,
    suit: Suit,
}

struct Hand {
    cards: [Card; 3],
}

impl Hand {
    fn best(&self) -> Card {
        let mut best = self.cards[0];
        for c in self.cards.iter() {
            if c.rank > best.rank {
                best = *c;
            }
        }
        best
    }
}

fn main() {
    let h = Hand {
        cards: [
            Card { rank: 10, suit: Suit::Hearts },
            Card { rank: 12, suit: Suit::Spades },
            Card { rank: 3, suit: Suit::Hearts },
        ],
    };
    let b = h.best();
    println!("best {:?}", b.suit);
    println!("hand {:?}", h);
    println!("rank {}", b.rank);
    println!("suit {}", b.suit == Suit::Spades);
}
