// A hand-written UTF-8 decoder with error classes, over byte-string literals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decoded {
    Scalar(u32, usize),
    Invalid { at: usize, why: Why },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    BadLead,
    Truncated,
    BadContinuation,
    Overlong,
    Surrogate,
}

fn decode_one(s: &[u8], at: usize) -> Decoded {
    let lead = s[at];
    let (len, init) = match lead {
        0x00..=0x7F => return Decoded::Scalar(lead as u32, 1),
        0xC0..=0xDF => (2, (lead & 0x1F) as u32),
        0xE0..=0xEF => (3, (lead & 0x0F) as u32),
        0xF0..=0xF4 => (4, (lead & 0x07) as u32),
        _ => return Decoded::Invalid { at, why: Why::BadLead },
    };
    if at + len > s.len() {
        return Decoded::Invalid { at, why: Why::Truncated };
    }
    let mut cp = init;
    for &b in &s[at + 1..at + len] {
        if b & 0xC0 != 0x80 {
            return Decoded::Invalid { at, why: Why::BadContinuation };
        }
        cp = (cp << 6) | (b & 0x3F) as u32;
    }
    const MIN_FOR_LEN: [u32; 5] = [0, 0, 0x80, 0x800, 0x1_0000];
    if cp < MIN_FOR_LEN[len] {
        return Decoded::Invalid { at, why: Why::Overlong };
    }
    match cp {
        0xD800..=0xDFFF => Decoded::Invalid { at, why: Why::Surrogate },
        0x11_0000.. => Decoded::Invalid { at, why: Why::BadLead },
        _ => Decoded::Scalar(cp, len),
    }
}

fn dump(label: &str, s: &[u8]) {
    print!("{:<10}", label);
    let mut i = 0;
    let (mut ok, mut bad) = (0, 0);
    while i < s.len() {
        match decode_one(s, i) {
            Decoded::Scalar(cp, len) => {
                print!(" U+{:04X}", cp);
                ok += 1;
                i += len;
            }
            Decoded::Invalid { at, why } => {
                print!(" <{:?}@{}>", why, at);
                bad += 1;
                i += 1;
            }
        }
    }
    println!("  [{} ok, {} bad]", ok, bad);
}

fn main() {
    dump("ascii", b"Hi!");
    dump("latin", b"caf\xC3\xA9");
    dump("mixed", b"\xE2\x82\xAC\xF0\x9F\x98\x80z");
    dump("overlong", b"\xC0\xAF\xE0\x80\x80");
    dump("surrogate", b"\xED\xA0\x80");
    dump("broken", b"\xE2\x28\xA1\x80\xF5");
    dump("truncated", b"ok\xF0\x9F");
}
