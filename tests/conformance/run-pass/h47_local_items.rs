// Types, impls and imports declared inside function bodies.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

fn score_hand(cards: &[(u8, Suit)]) -> u32 {
    #[derive(Debug, Default)]
    struct Tally {
        red: u32,
        black: u32,
        faces: u32,
    }

    impl Tally {
        const FACE_BONUS: u32 = 5;

        fn add(&mut self, rank: u8, suit: Suit) {
            use Suit::*;
            match suit {
                Diamonds | Hearts => self.red += rank as u32,
                Clubs | Spades => self.black += rank as u32,
            }
            if rank > 10 {
                self.faces += 1;
            }
        }

        fn total(&self) -> u32 {
            self.red.max(self.black) + self.faces * Self::FACE_BONUS
        }
    }

    let mut t = Tally::default();
    for &(rank, suit) in cards {
        t.add(rank, suit);
    }
    println!("{:?}", t);
    t.total()
}

fn main() {
    enum Mode {
        Quick,
        Full,
    }
    let mode = Mode::Full;
    let hand = [(12, Suit::Hearts), (3, Suit::Spades), (7, Suit::Diamonds), (11, Suit::Clubs)];
    let n = match mode {
        Mode::Quick => 2,
        Mode::Full => hand.len(),
    };
    println!("score {}", score_hand(&hand[..n]));
    let _ = Mode::Quick;
}
