#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    New,
    Waxing,
    Full,
    Waning,
}

impl Phase {
    fn next(&self) -> Phase {
        match self {
            Phase::New => Phase::Waxing,
            Phase::Waxing => Phase::Full,
            Phase::Full => Phase::Waning,
        }
    }

    fn brightness(self) -> u8 {
        match self {
            Phase::New => 0,
            Phase::Full => 100,
        }
    }
}

fn main() {
    let p = Phase::New;
    println!("{:?} {}", p.next(), p.brightness());
    let _ = Phase::Waning;
}
