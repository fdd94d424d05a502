// lints: irrefutable_let_patterns unreachable_patterns unused_variables
// Sensor frame decoding with a few patterns that can never fail or never match.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Frame {
    kind: u8,
    value: i16,
}

#[derive(Debug, Clone, Copy)]
enum Unit {
    Celsius,
    Kelvin,
}

struct Wrapper(Frame);

fn decode(f: Frame) -> Unit {
    if let Frame { kind, value } = f {
        println!("{} {}", kind, value);
    }
    let unit = match f.kind {
        0 => Unit::Celsius,
        1 => Unit::Kelvin,
        0 => Unit::Kelvin,
        _ => Unit::Celsius,
    };
    unit
}

fn scale(u: Unit, v: i16) -> i32 {
    match u {
        Unit::Celsius => v as i32,
        Unit::Kelvin => v as i32 + 273,
        _ => 0,
    }
}

fn main() {
    let frames = [Frame { kind: 0, value: 21 }, Frame { kind: 1, value: -3 }];
    let mut i = 0;
    while let idx = i {
        if idx >= frames.len() {
            break;
        }
        let u = decode(frames[idx]);
        println!("{}", scale(u, frames[idx].value));
        i += 1;
    }
    let w = Wrapper(frames[0]);
    if let Wrapper(inner) = w {
        println!("{:?}", inner);
    }
    if let (a, b) = (1, 2) {
        println!("{}", a);
    }
    let Frame { kind: k, .. } = frames[1] else {
        return;
    };
    match k {
        0..=9 => println!("digit"),
        5 => println!("five"),
        x @ 10..=255 => println!("big {}", x),
    }
    let t = (k, true);
    match t {
        (_, true) => {}
        (0, _) => {}
        (_, false) => {}
        (1, false) => {}
    }
}
