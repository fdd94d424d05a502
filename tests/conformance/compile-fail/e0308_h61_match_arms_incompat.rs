// match arms returning different types
#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
    Clubs,
    Diamonds,
}

fn symbol(s: Suit) -> char {
    match s {
        Suit::Hearts => 'H',
        Suit::Spades => "S",
        Suit::Clubs => 'C',
        Suit::Diamonds => 'D',
    }
}

fn value(rank: u8) -> u32 {
    let v = match rank {
        1 => 11,
        2..=10 => rank,
        _ => 10,
    };
    v
}

fn main() {
    println!("{} {}", symbol(Suit::Spades), value(5));
}
