// Using an enum variant that was never declared, and a std method that is not in the subset's types.
#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
}

fn main() {
    let s = Suit::Diamonds;
    let h = Suit::Hearts;
    let x: i32 = -7;
    println!("{:?} {:?} {:?} {}", s, h, Suit::Spades, x.absolute());
}
