// Poker hand ranking over fixed arrays: sorting by hand, slice patterns, enums with discriminants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Card {
    rank: u8,
    suit: Suit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    HighCard = 0,
    Pair = 1,
    TwoPair = 2,
    Trips = 3,
    Straight = 4,
    Flush = 5,
    FullHouse = 6,
    Quads = 7,
    StraightFlush = 8,
}

fn parse(code: &str) -> Card {
    let b = code.as_bytes();
    let rank = match b[0] {
        d @ b'2'..=b'9' => d - b'0',
        b'T' => 10,
        b'J' => 11,
        b'Q' => 12,
        b'K' => 13,
        _ => 14,
    };
    let suit = match b[1] {
        b'c' => Suit::Clubs,
        b'd' => Suit::Diamonds,
        b'h' => Suit::Hearts,
        _ => Suit::Spades,
    };
    Card { rank, suit }
}

fn sort_desc(ranks: &mut [u8]) {
    for i in 1..ranks.len() {
        let mut j = i;
        while j > 0 && ranks[j - 1] < ranks[j] {
            ranks.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn classify(hand: &[Card; 5]) -> Rank {
    let mut ranks = [0u8; 5];
    for (i, c) in hand.iter().enumerate() {
        ranks[i] = c.rank;
    }
    sort_desc(&mut ranks);
    let mut flush = true;
    for c in &hand[1..] {
        flush &= c.suit == hand[0].suit;
    }
    let straight = match ranks {
        [14, 5, 4, 3, 2] => true,
        [a, .., e] => a - e == 4 && ranks[1] != ranks[0] && ranks[2] != ranks[1] && ranks[3] != ranks[2] && ranks[4] != ranks[3],
    };
    let mut counts = [0u8; 15];
    for r in ranks {
        counts[r as usize] += 1;
    }
    let (mut pairs, mut trips, mut quads) = (0, false, false);
    for &c in &counts {
        match c {
            2 => pairs += 1,
            3 => trips = true,
            4 => quads = true,
            _ => {}
        }
    }
    match (straight, flush, quads, trips, pairs) {
        (true, true, ..) => Rank::StraightFlush,
        (_, _, true, _, _) => Rank::Quads,
        (_, _, _, true, 1) => Rank::FullHouse,
        (_, true, ..) => Rank::Flush,
        (true, ..) => Rank::Straight,
        (.., true, _) => Rank::Trips,
        (.., 2) => Rank::TwoPair,
        (.., 1) => Rank::Pair,
        _ => Rank::HighCard,
    }
}

fn main() {
    let hands = [
        ["Ah", "Kh", "Qh", "Jh", "Th"],
        ["9c", "9d", "9h", "9s", "2c"],
        ["3c", "3d", "3h", "7s", "7c"],
        ["2d", "8d", "Jd", "4d", "Kd"],
        ["5c", "4d", "3h", "2s", "Ac"],
        ["7c", "7d", "7h", "Ks", "2c"],
        ["Jc", "Jd", "4h", "4s", "9c"],
        ["Tc", "Td", "4h", "5s", "9c"],
        ["2c", "5d", "9h", "Js", "Kc"],
    ];
    let mut best = Rank::HighCard;
    let mut best_idx = 0usize;
    for (i, codes) in hands.iter().enumerate() {
        let mut hand = [Card { rank: 0, suit: Suit::Clubs }; 5];
        for k in 0..5 {
            hand[k] = parse(codes[k]);
        }
        let rank = classify(&hand);
        if rank > best {
            best = rank;
            best_idx = i;
        }
        let high = hand[0];
        println!("{:<28} {:<14} score {:>2} first {:?}", format_hand(codes), rank_name(rank), rank as i32 * 100 / 8, high.suit);
    }
    println!("best hand #{best_idx}: {:?} ({})", best, best as u8);
    println!("suit order {}", (Suit::Spades > Suit::Hearts) as usize);
}

fn format_hand(codes: &[&str; 5]) -> &'static str {
    match codes {
        [first, .., last] if first.as_bytes()[1] == last.as_bytes()[1] => "same suit ends",
        [_, second, rest @ ..] if second.as_bytes()[0] == rest[0].as_bytes()[0] => "middle pair",
        _ => "mixed",
    }
}

fn rank_name(r: Rank) -> &'static str {
    match r {
        Rank::StraightFlush => "straight flush",
        Rank::Quads => "four of a kind",
        Rank::FullHouse => "full house",
        Rank::Flush => "flush",
        Rank::Straight => "straight",
        Rank::Trips => "three of a kind",
        Rank::TwoPair => "two pair",
        Rank::Pair => "pair",
        Rank::HighCard => "high card",
    }
}
