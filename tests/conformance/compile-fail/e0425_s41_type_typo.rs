struct Card {
    rank: u8,
}

fn top(c: &Crd) -> u8 {
    c.rank
}

fn main() {
    let c = Card { rank: 3 };
    println!("{}", top(&c));
}
