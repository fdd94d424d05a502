// lints: unused_assignments
// ISBN-10 verification over byte strings like b"3-598-21508-8".
#[derive(Debug, PartialEq, Clone, Copy)]
enum IsbnError {
    TooShort,
    TooLong,
    BadChar(u8),
    Checksum(u32),
}

struct Verdict {
    ok: bool,
    error: IsbnError,
}

fn digit_value(b: u8, position: usize) -> i32 {
    match b {
        b'0'..=b'9' => (b - b'0') as i32,
        b'X' if position == 9 => 10,
        _ => -1,
    }
}

fn verify(isbn: &[u8]) -> Verdict {
    let mut sum: u32 = 0;
    let mut position: usize = 0;
    let mut last_error = IsbnError::TooShort;
    for &b in isbn {
        if b == b'-' {
            continue;
        }
        if position == 10 {
            return Verdict { ok: false, error: IsbnError::TooLong };
        }
        let v = digit_value(b, position);
        if v < 0 {
            last_error = IsbnError::BadChar(b);
            return Verdict { ok: false, error: last_error };
        }
        sum += v as u32 * (10 - position as u32);
        position += 1;
    }
    if position < 10 {
        return Verdict { ok: false, error: IsbnError::TooShort };
    }
    let mut ok = false;
    ok = sum % 11 == 0;
    Verdict { ok, error: IsbnError::Checksum(sum % 11) }
}

fn describe(v: &Verdict) -> &'static str {
    if v.ok {
        return "valid";
    }
    match v.error {
        IsbnError::TooShort => "too short",
        IsbnError::TooLong => "too long",
        IsbnError::BadChar(_) => "bad character",
        IsbnError::Checksum(_) => "checksum mismatch",
    }
}

fn main() {
    let samples: [&[u8]; 5] = [
        b"3-598-21508-8",
        b"3-598-21508-9",
        b"3-598-2X507-9",
        b"359821507X",
        b"3-598-21507",
    ];
    let mut count_valid = 0;
    for s in samples.iter() {
        let v = verify(s);
        if v.ok {
            count_valid += 1;
        }
        println!("{:?}: {}", v.error, describe(&v));
    }
    println!("{} valid", count_valid);
}
