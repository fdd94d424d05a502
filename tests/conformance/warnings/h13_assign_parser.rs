// lints: unused_assignments unused_variables
// A key=value line parser with values written and overwritten before anyone reads them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    Width(u32),
    Height(u32),
    Name,
    Unknown,
}

fn parse_number(bytes: &[u8]) -> u32 {
    let mut value = 0;
    let mut digits = 0;
    value = 1;
    value = 0;
    for &b in bytes {
        if b.is_ascii_digit() {
            value = value * 10 + (b - b'0') as u32;
            digits += 1;
        }
    }
    digits = 0;
    value
}

fn parse_line(bytes: &[u8]) -> Field {
    let mut key_end = 0;
    let mut found = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'=' {
            key_end = i;
            found = true;
            break;
        }
    }
    if !found {
        return Field::Unknown;
    }
    let mut kind = Field::Unknown;
    kind = match &bytes[..key_end] {
        b"width" => Field::Width(parse_number(&bytes[key_end + 1..])),
        b"height" => Field::Height(parse_number(&bytes[key_end + 1..])),
        b"name" => Field::Name,
        _ => Field::Unknown,
    };
    kind
}

fn area(fields: &[Field]) -> u32 {
    let (mut w, mut h) = (0, 0);
    let mut last = Field::Unknown;
    for f in fields {
        match *f {
            Field::Width(v) => w = v,
            Field::Height(v) => h = v,
            other => last = other,
        }
    }
    w * h
}

fn main(){
    let lines: [&[u8]; 5] = [b"width=12", b"height=7", b"name=box", b"junk", b"depth=3"];
    let mut fields = [Field::Unknown; 5];
    let mut count = 0;
    for (i, line) in lines.iter().enumerate() {
        fields[i] = parse_line(line);
        count += 1;
    }
    let mut status = "pending";
    status = "computed";
    println!("{:?} area {}", fields, area(&fields));
    let mut attempts = 0;
    attempts += 1;
}
