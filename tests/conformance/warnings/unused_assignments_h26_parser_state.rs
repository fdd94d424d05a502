// lints: unused_assignments unused_mut unused_variables unreachable_patterns
// Number parser with sign, digits and an optional exponent; some state updates are wasted.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Sign,
    Digits,
    Exponent,
    Done,
}

fn parse(src: &[u8]) -> i64 {
    let mut phase = Phase::Sign;
    let mut negative = false;
    let mut value: i64 = 0;
    let mut exp = 0;
    let mut seen = 0;
    for &b in src {
        seen = 0;
        phase = match (phase, b) {
            (Phase::Sign, b'-') => {
                negative = true;
                Phase::Digits
            }
            (Phase::Sign | Phase::Digits, b'0'..=b'9') => {
                value = value * 10 + (b - b'0') as i64;
                Phase::Digits
            }
            (Phase::Digits, b'e') => Phase::Exponent,
            (Phase::Exponent, d @ b'0'..=b'9') => {
                exp = (d - b'0') as u32;
                Phase::Done
            }
            (Phase::Sign, b'0') => Phase::Digits,
            (_, other) => Phase::Done,
        };
    }
    let mut result = value * 10i64.pow(exp);
    if negative { -result } else { result }
}

fn main() {
    for s in [&b"-42"[..], b"7e2", b"x9"] {
        println!("{}", parse(s));
    }
}
