// lints: irrefutable_let_patterns
// Record unpackers that use `if let`, `while let` and `let else` on patterns that always match.
#[derive(Debug, Clone, Copy)]
struct Record {
    id: u16,
    value: i32,
}

#[derive(Debug, Clone, Copy)]
struct Wrapper(Record);

fn unpack(r: Record) -> i32 {
    if let Record { id, value } = r {
        id as i32 + value
    } else {
        0
    }
}

fn countdown(start: u32) -> u32 {
    let mut steps = 0;
    let mut n = start;
    while let k = n {
        if k == 0 {
            break;
        }
        n = k - 1;
        steps += 1;
    }
    steps
}

fn inner(w: Wrapper) -> u16 {
    let Wrapper(rec) = w else {
        return 0;
    };
    rec.id
}

struct Decoder {
    last: (u8, u8),
}

#[allow(irrefutable_let_patterns)]
impl Decoder {
    fn high(&self) -> u8 {
        if let (h, _) = self.last {
            h
        } else {
            0
        }
    }

    #[warn(irrefutable_let_patterns)]
    fn low(&self) -> u8 {
        if let (_, l) = self.last { l } else { 0 }
    }
}

fn checked(pair: (i32, i32)) -> i32 {
    if pair.0 < 0 {
        -1
    } else if let (a, b) = pair {
        if a > b { a - b } else { 0 }
    } else {
        0
    }
}

fn main() {
    let r = Record { id: 4, value: 38 };
    let d = Decoder { last: (0xAB, 0xCD) };
    println!("{} {} {} {} {}", unpack(r), countdown(3), inner(Wrapper(r)), d.high(), d.low());
    println!("{}", checked((9, 4)));
}
