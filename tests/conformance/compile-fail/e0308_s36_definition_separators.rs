// Definitions typed in a hurry: a field without its comma, a `;` between
// fields, variants without commas, a parameter without a type. rustc reads
// on after each, so the later type error is still found.
#[derive(Debug)]
struct Sample {
    sensor: u8
    reading: i32,
    valid: bool,
}

#[derive(Debug)]
struct Window {
    start: u32;
    end: u32,
}

#[derive(Debug)]
enum Status {
    Idle
    Busy(u32)
    Failed { code: u16 }
    Done,
}

fn scale(value, factor: i32) -> i32 {
    value * factor
}

fn classify(s: &Sample) -> Status {
    if !s.valid {
        Status::Failed { code: 7 }
    } else if s.reading > 100 {
        Status::Busy(s.reading as u32)
    } else {
        Status::Idle
    }
}

fn main() {
    let samples = [
        Sample { sensor: 1, reading: 40, valid: true },
        Sample { sensor: 2, reading: 140, valid: true },
        Sample { sensor: 3, reading: 0, valid: false },
    ];
    let w = Window { start: 0, end: 3 };
    for s in &samples {
        println!("{} {:?}", s.sensor, classify(s));
    }
    let total: u8 = scale(w.end as i32, 2);
    println!("{:?} {} {:?}", w, total, Status::Done);
}
