// Moving a non-Copy element out of an array by index.
#[derive(Debug)]
struct Card {
    rank: u8,
    suit: char,
}

fn show(c: Card) {
    println!("{}{}", c.rank, c.suit);
}

fn main() {
    let hand = [
        Card { rank: 10, suit: 'h' },
        Card { rank: 1, suit: 's' },
        Card { rank: 7, suit: 'd' },
    ];
    let best = hand[0];
    show(hand[2]);
    println!("{:?}", best);
    for c in hand {
        show(c);
    }
    println!("{}", hand.len());
}
