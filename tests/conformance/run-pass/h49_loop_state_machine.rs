// A parser state machine: `loop` + `match` producing a struct through `break`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum St {
    Start,
    Sign(bool),
    Int { neg: bool, val: i64 },
    Frac { neg: bool, val: i64, scale: i64 },
}

#[derive(Debug, Clone, Copy)]
struct Parsed {
    value: f64,
    consumed: usize,
}

fn parse(src: &[u8]) -> Parsed {
    let mut st = St::Start;
    let mut i = 0;
    loop {
        let c = if i < src.len() { src[i] } else { b'\0' };
        st = match (st, c) {
            (St::Start, b' ') => St::Start,
            (St::Start, b'-') => St::Sign(true),
            (St::Start, b'+') => St::Sign(false),
            (St::Start | St::Sign(_), b'0'..=b'9') => {
                let neg = matches_neg(st);
                St::Int { neg, val: (c - b'0') as i64 }
            }
            (St::Int { neg, val }, b'0'..=b'9') => St::Int { neg, val: val * 10 + (c - b'0') as i64 },
            (St::Int { neg, val }, b'.') => St::Frac { neg, val, scale: 1 },
            (St::Frac { neg, val, scale }, b'0'..=b'9') => St::Frac { neg, val: val * 10 + (c - b'0') as i64, scale: scale * 10 },
            (St::Int { neg, val }, _) => {
                let v = val as f64;
                break Parsed { value: if neg { -v } else { v }, consumed: i };
            }
            (St::Frac { neg, val, scale }, _) => {
                let v = val as f64 / scale as f64;
                break Parsed { value: if neg { -v } else { v }, consumed: i };
            }
            (St::Start | St::Sign(_), _) => break Parsed { value: f64::NAN, consumed: 0 },
        };
        i += 1;
    }
}

fn matches_neg(s: St) -> bool {
    match s {
        St::Sign(n) => n,
        _ => false,
    }
}

fn main() {
    let inputs: [&[u8]; 6] = [b"42", b"  -17;", b"+3.25x", b"-0.5", b"abc", b"1000.125 rest"];
    for s in inputs {
        let p = parse(s);
        println!("{:?} -> {} after {}", p, p.value, p.consumed);
    }
}
