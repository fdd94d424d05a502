// Parses fixed key=value configuration lines with let-else and if-let.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Int(i64),
    Flag(bool),
    Missing,
}

fn parse_int(bytes: &[u8]) -> Value {
    if bytes.is_empty() {
        return Value::Missing;
    }
    let (negative, digits) = match bytes {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, bytes),
    };
    let mut v: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return Value::Missing;
        }
        v = v * 10 + (b - b'0') as i64;
    }
    Value::Int(if negative { -v } else { v })
}

fn parse_value(bytes: &[u8]) -> Value {
    match bytes {
        b"true" | b"yes" => Value::Flag(true),
        b"false" | b"no" => Value::Flag(false),
        _ => parse_int(bytes),
    }
}

fn split_eq(line: &[u8]) -> (usize, Value) {
    let mut i = 0;
    while i < line.len() && line[i] != b'=' {
        i += 1;
    }
    if i == line.len() {
        return (i, Value::Missing);
    }
    (i, parse_value(&line[i + 1..]))
}

fn main() {
    let lines: [&[u8]; 6] = [b"width=640", b"height=-480", b"fullscreen=yes", b"vsync=no", b"depth=2x", b"garbage"];
    let mut total_pixels = 1i64;
    for line in lines {
        let (key_len, value) = split_eq(line);
        let Value::Int(n) = value else {
            if let Value::Flag(on) = value {
                println!("flag of {} bytes -> {}", key_len, on);
            } else {
                println!("skipping line of {} bytes", line.len());
            }
            continue;
        };
        total_pixels *= n.abs();
        println!("int of key length {}: {}", key_len, n);
    }
    println!("pixels {}", total_pixels);
    assert_eq!(parse_value(b"-12"), Value::Int(-12));
}
