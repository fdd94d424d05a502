mod colors {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Color {
        Red,
        Green,
        Blue,
    }

    pub const ALL: [Color; 3] = [Color::Red, Color::Green, Color::Blue];
}

fn describe(c: colors::Color) -> &'static str {
    use colors::Color::*;
    match c {
        Red => "warm",
        Green | Blue => "cool",
    }
}

fn count_warm() -> usize {
    use self::colors::{Color, ALL};
    let mut n = 0;
    for c in ALL {
        if let Color::Red = c {
            n += 1;
        }
    }
    n
}

fn main() {
    use colors::Color as C;
    for c in colors::ALL.iter() {
        println!("{:?} {}", c, describe(*c));
    }
    println!("{}", count_warm());
    let fav = C::Blue;
    println!("{}", fav == C::Blue);
}
