// lints: unreachable_patterns unreachable_code
// Catch-alls placed too early; duplicated arms; code after return.
#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
    Clubs,
    Diamonds,
}

fn color(s: Suit) -> &'static str {
    match s {
        Suit::Hearts | Suit::Diamonds => "red",
        _ => "black",
        Suit::Clubs => "black",
    }
}

fn score(n: u8) -> u32 {
    match n {
        0 => 0,
        1..=9 => n as u32,
        5 => 50,
        10..=255 => 10,
        _ => 0,
    }
}

fn first_digit(n: u32) -> u32 {
    let mut v = n;
    loop {
        if v < 10 {
            return v;
        }
        v /= 10;
    }
    println!("never here");
}

fn main() {
    let hand = [Suit::Hearts, Suit::Spades, Suit::Clubs, Suit::Diamonds];
    for s in hand {
        println!("{:?} is {}", s, color(s));
    }
    println!("{} {} {}", score(5), score(12), first_digit(4821));
    let flag = true;
    match flag {
        true => println!("yes"),
        false => println!("no"),
        _ => println!("maybe"),
    }
}
