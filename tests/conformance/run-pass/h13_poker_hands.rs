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

fn parse(b: &[u8; 2]) -> Card {
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
            let tmp = ranks[j - 1];
            ranks[j - 1] = ranks[j];
            ranks[j] = tmp;
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
        [b"Ah", b"Kh", b"Qh", b"Jh", b"Th"],
        [b"9c", b"9d", b"9h", b"9s", b"2c"],
        [b"3c", b"3d", b"3h", b"7s", b"7c"],
        [b"2d", b"8d", b"Jd", b"4d", b"Kd"],
        [b"5c", b"4d", b"3h", b"2s", b"Ac"],
        [b"7c", b"7d", b"7h", b"Ks", b"2c"],
        [b"Jc", b"Jd", b"4h", b"4s", b"9c"],
        [b"Tc", b"Td", b"4h", b"5s", b"9c"],
        [b"2c", b"5d", b"9h", b"Js", b"Kc"],
    ];
    let (mut best, mut best_idx) = (Rank::HighCard, 0usize);
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
        println!("{:<28} {:<14} score {:>2} first {:?}", format_hand(codes), rank_name(rank), rank as i32 * 100 / 8, hand[0].suit);
    }
    println!("best hand #{best_idx}: {:?} ({})", best, best as u8);
    println!("suit order {}", (Suit::Spades > Suit::Hearts) as usize);
}

fn format_hand(codes: &[&[u8; 2]; 5]) -> &'static str {
    match codes {
        [first, .., last] if first[1] == last[1] => "same suit ends",
        [_, second, rest @ ..] if second[0] == rest[0][0] => "middle pair",
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
