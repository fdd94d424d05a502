// Sensor buffers described with type aliases and structs given the wrong number of arguments.
type Samples = [i16; 8];

#[derive(Debug, Clone, Copy)]
struct Channel<'a> {
    name: &'a str,
    gain: i16,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Millivolt,
    Celsius,
}

fn average(s: &Samples<i16>) -> i16 {
    let mut sum = 0i32;
    for v in s {
        sum += *v as i32;
    }
    (sum / s.len() as i32) as i16
}

fn scale<'a>(c: Channel<'a, 'a>, raw: i16) -> i32 {
    raw as i32 * c.gain as i32
}

fn label(u: Unit<u8>) -> &'static str {
    match u {
        Unit::Millivolt => "mV",
        Unit::Celsius => "C",
    }
}

struct Bank {
    first: Channel,
    unit: Unit,
}

fn main() {
    let s: Samples = [10, 12, 9, 11, 10, 13, 8, 7];
    let c = Channel { name: "t0", gain: 3 };
    let b = Bank { first: c, unit: Unit::Celsius };
    println!("{} {} {} {}", average(&s), scale(c, 4), label(b.unit), b.first.name);
}
