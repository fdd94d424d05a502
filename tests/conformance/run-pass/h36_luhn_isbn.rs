// Checksums over byte strings: Luhn card numbers and ISBN-10.
mod luhn {
    pub fn valid(input: &[u8]) -> bool {
        let mut sum: u32 = 0;
        let mut digits = 0;
        let mut i = input.len();
        while i > 0 {
            i -= 1;
            let c = input[i];
            if c == b' ' {
                continue;
            }
            if !c.is_ascii_digit() {
                return false;
            }
            let mut d = (c - b'0') as u32;
            if digits % 2 == 1 {
                d *= 2;
                if d > 9 {
                    d -= 9;
                }
            }
            sum += d;
            digits += 1;
        }
        digits > 1 && sum % 10 == 0
    }
}

mod isbn {
    #[derive(Debug, PartialEq)]
    pub enum Verdict {
        Valid,
        BadLength(usize),
        BadChar(u8),
        BadChecksum(u32),
    }

    pub fn check(input: &[u8]) -> Verdict {
        let mut weight = 10u32;
        let mut sum = 0u32;
        let mut count = 0usize;
        for &c in input {
            let value = match c {
                b'-' => continue,
                b'0'..=b'9' => (c - b'0') as u32,
                b'X' if count == 9 => 10,
                _ => return Verdict::BadChar(c),
            };
            if count == 10 {
                return Verdict::BadLength(11);
            }
            sum += value * weight;
            weight = weight.saturating_sub(1);
            count += 1;
        }
        match (count, sum % 11) {
            (10, 0) => Verdict::Valid,
            (10, r) => Verdict::BadChecksum(r),
            (n, _) => Verdict::BadLength(n),
        }
    }
}

use isbn::Verdict;

fn main() {
    let cards: [&[u8]; 5] = [
        b"4539 3195 0343 6467",
        b"8273 1232 7352 0569",
        b"059",
        b"0",
        b"055a 444 285",
    ];
    let mut good = 0;
    for card in cards {
        let ok = luhn::valid(card);
        if ok {
            good += 1;
        }
        println!("luhn {:>22} {}", card.len(), if ok { "valid" } else { "invalid" });
    }
    println!("{} valid cards", good);

    let books: [&[u8]; 6] = [b"3-598-21508-8", b"3-598-21508-9", b"3-598-21507-X", b"3-598-2X507-9", b"3-598-21507", b"359821507XX"];
    for (i, book) in books.iter().enumerate() {
        let v = isbn::check(book);
        let note = match v {
            Verdict::Valid => "ok",
            Verdict::BadChecksum(r) if r < 5 => "checksum (small)",
            Verdict::BadChecksum(_) => "checksum",
            Verdict::BadLength(n @ 0..=9) => { println!("  short by {}", 10 - n); "short" }
            Verdict::BadLength(_) => "long",
            Verdict::BadChar(c) => { println!("  bad char {:?}", c as char); "char" }
        };
        println!("isbn {} -> {:?} ({})", i, v, note);
    }
}
