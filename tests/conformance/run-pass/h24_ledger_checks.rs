// A ledger with consts, statics, shadowing, let-else, while-let and integer methods.
const MAX_ENTRIES: usize = 8;
static CURRENCY: &str = "EUR";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Credit,
    Debit,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    kind: Kind,
    cents: i64,
}

struct Ledger {
    entries: [Entry; MAX_ENTRIES],
    len: usize,
}

impl Ledger {
    const EMPTY: Entry = Entry { kind: Kind::Credit, cents: 0 };

    fn new() -> Self {
        Self { entries: [Self::EMPTY; MAX_ENTRIES], len: 0 }
    }

    fn push(&mut self, kind: Kind, cents: i64) -> bool {
        if self.len == MAX_ENTRIES {
            return false;
        }
        self.entries[self.len] = Entry { kind, cents };
        self.len += 1;
        true
    }

    fn balance(&self) -> i64 {
        let mut total = 0i64;
        for e in &self.entries[..self.len] {
            total += match e.kind {
                Kind::Credit => e.cents,
                Kind::Debit => -e.cents,
            };
        }
        total
    }
}

fn parse_amount(bytes: &[u8]) -> i64 {
    let [first, rest @ ..] = bytes else {
        return 0;
    };
    let (sign, digits) = if *first == b'-' { (-1, rest) } else { (1, bytes) };
    let mut value = 0i64;
    let mut i = 0;
    while let [d, ..] = &digits[i..] {
        if !d.is_ascii_digit() {
            break;
        }
        value = value * 10 + (*d - b'0') as i64;
        i += 1;
    }
    sign * value
}

fn main() {
    let mut ledger = Ledger::new();
    let inputs: [&[u8]; 5] = [b"1250", b"-300", b"99", b"x1", b"-4000"];
    for text in inputs {
        let cents = parse_amount(text);
        let kind = if cents < 0 { Kind::Debit } else { Kind::Credit };
        let cents = cents.abs();
        ledger.push(kind, cents);
    }
    let balance = ledger.balance();
    let euros = balance.div_euclid(100);
    let rest = balance.rem_euclid(100);
    println!("{} entries, balance {}.{:02} {}", ledger.len, euros, rest, CURRENCY);
    println!("max {:?}", Kind::Credit < Kind::Debit);
    println!("bits {} lz {} sat {}", balance.count_ones(), (balance as u32).leading_zeros(), i8::MAX.saturating_add(9));
    println!("{:?} {:>8.2} {:+}", ledger.entries[1], balance as f64 / 100.0, rest);
    let (w, o) = 250u8.overflowing_add(10);
    println!("{w} {o} {} {}", 7i32.pow(3).wrapping_mul(1000), (-17i32).signum());
}
