#[derive(Debug)]
enum Suit {
    Hearts,
    Clubs,
}

fn main() {
    let a = Suit::Hearts;
    let b = Suits::Clubs;
    let c = Colour::Red;
    println!("{:?} {:?}", a, b);
}
