// Derives whose requirements are not met by the fields or by other derives.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    celsius: f64,
    sensor: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sample {
    reading: Reading,
    seq: u32,
}

#[derive(Debug, Clone, Copy, PartialOrd)]
enum Priority {
    Low,
    High,
}

#[derive(Debug, Copy)]
struct Flag {
    on: bool,
}

#[derive(Debug, Default)]
struct Station {
    id: u16,
    last: Reading,
}

fn main() {
    let r = Reading { celsius: 21.5, sensor: 1 };
    let s = Sample { reading: r, seq: 1 };
    let f = Flag { on: true };
    let st = Station::default();
    println!("{:?} {:?} {:?} {:?} {:?}", s, Priority::Low, Priority::High, f, st);
}
