#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

fn is_weekend(d: Weekday) -> bool {
    match d {
        Weekday::Saturday | Weekday::Sunday => true,
    }
}

fn main() {
    let days = [Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday, Weekday::Saturday];
    for d in days {
        println!("{:?} {}", d, is_weekend(d));
    }
}
