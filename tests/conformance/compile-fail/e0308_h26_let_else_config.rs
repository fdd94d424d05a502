// Config line parser: `key=value` pairs decoded with let-else.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Flag(bool),
    Number(i64),
    Missing,
}

#[derive(Debug)]
struct Entry {
    key: u8,
    value: Value,
}

fn parse_digit(b: u8) -> Value {
    if b.is_ascii_digit() {
        Value::Number((b - b'0') as i64)
    } else if b == b'y' || b == b'n' {
        Value::Flag(b == b'y')
    } else {
        Value::Missing
    }
}

fn parse_line(line: &[u8]) -> Entry {
    let [key, b'=', raw, ..] = line else {
        return Entry { key: b'?', value: Value::Missing };
    };
    let Value::Number(n) = parse_digit(*raw) else {
        Entry { key: *key, value: Value::Missing }
    };
    Entry { key: *key, value: Value::Number(n * 10) }
}

fn flag_of(e: &Entry) -> bool {
    let Value::Flag(on) = e.value else { false };
    on
}

fn main() {
    let lines: [&[u8]; 3] = [b"a=4", b"v=y", b"zz"];
    for l in lines {
        let e = parse_line(l);
        println!("{:?} flag={}", e, flag_of(&e));
    }
    let Entry { key, value } = parse_line(b"q=7");
    println!("{} {:?} {}", key as char, value, count);
}
