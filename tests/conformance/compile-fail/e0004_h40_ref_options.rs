#[derive(Debug, Clone, Copy)]
enum Reading {
    Value(i32),
    Missing,
}

#[derive(Debug)]
struct Sensor {
    id: u32,
    reading: Reading,
    backup: Reading,
}

fn best(s: &Sensor) -> i32 {
    match (&s.reading, &s.backup) {
        (Reading::Value(r), _) => *r,
        (Reading::Missing, Reading::Value(b)) => *b,
    }
}

#[derive(Debug)]
enum Flag {
    On(bool),
    Off,
}

fn flag(opt: &Flag) -> u8 {
    match opt {
        &Flag::On(true) => 2,
        &Flag::Off => 0,
    }
}

fn main() {
    let s = Sensor { id: 3, reading: Reading::Missing, backup: Reading::Value(17) };
    println!("{} {}", s.id, best(&s));
    println!("{}", flag(&Flag::On(false)));
}
