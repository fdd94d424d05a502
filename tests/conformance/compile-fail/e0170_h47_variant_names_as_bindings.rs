// Matching enum variants without their path turns them into bindings.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    fn is_weekend(self) -> bool {
        match self {
            Sat | Sun => true,
            _ => false,
        }
    }

    fn short(self) -> char {
        use Weekday::*;
        match self {
            Mon => 'M',
            Tue | Thu => 'T',
            Wed => 'W',
            Fri => 'F',
            Satu => 'S',
        }
    }
}

fn main() {
    let days = [Weekday::Mon, Weekday::Sat, Weekday::Wed];
    for d in days {
        println!("{:?} {} {}", d, d.is_weekend(), d.short());
    }
    println!("{:?} {:?} {:?}", Weekday::Tue, Weekday::Thu, Weekday::Fri);
}
