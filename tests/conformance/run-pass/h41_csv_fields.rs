// Parses CSV-like records from byte strings with quoted fields, using slice patterns and let-else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field<'a> {
    Empty,
    Raw(&'a [u8]),
    Quoted(&'a [u8]),
}

fn next_field<'a>(mut rest: &'a [u8], out: &mut Field<'a>) -> &'a [u8] {
    *out = Field::Empty;
    match rest {
        [] => rest,
        [b',', tail @ ..] => tail,
        [b'"', tail @ ..] => {
            let mut end = 0;
            while end < tail.len() && tail[end] != b'"' {
                end += 1;
            }
            *out = Field::Quoted(&tail[..end]);
            rest = if end < tail.len() { &tail[end + 1..] } else { &[] };
            if let [b',', after @ ..] = rest { after } else { rest }
        }
        _ => {
            let mut end = 0;
            while end < rest.len() && rest[end] != b',' {
                end += 1;
            }
            *out = Field::Raw(&rest[..end]);
            if end < rest.len() { &rest[end + 1..] } else { &[] }
        }
    }
}

fn parse_u32(bytes: &[u8]) -> u32 {
    let mut v = 0u32;
    for &b in bytes {
        let b'0'..=b'9' = b else {
            return u32::MAX;
        };
        v = v * 10 + (b - b'0') as u32;
    }
    v
}

fn show(f: &Field) {
    match f {
        Field::Empty => print!("<empty>"),
        Field::Raw(b) | Field::Quoted(b) => {
            let q = matches_quoted(f);
            if q { print!("\""); }
            for &c in b.iter() {
                print!("{}", c as char);
            }
            if q { print!("\""); }
        }
    }
}

fn matches_quoted(f: &Field) -> bool {
    if let Field::Quoted(_) = f { true } else { false }
}

fn main() {
    let lines: [&[u8]; 4] = [
        b"42,alice,\"likes, commas\",7",
        b"7,,\"\",x9",
        b"1000,bob",
        b"",
    ];
    for (n, line) in lines.iter().enumerate() {
        let mut rest: &[u8] = line;
        let mut fields = [Field::Empty; 6];
        let mut count = 0;
        while !rest.is_empty() && count < fields.len() {
            rest = next_field(rest, &mut fields[count]);
            count += 1;
        }
        print!("line {} ({} fields):", n, count);
        for f in &fields[..count] {
            print!(" ");
            show(f);
        }
        println!();
        let [Field::Raw(id), ..] = fields else {
            println!("  no id");
            continue;
        };
        let num = parse_u32(id);
        let last = if count > 0 { fields[count - 1] } else { Field::Empty };
        let last_num = match last {
            Field::Raw(b) => parse_u32(b),
            _ => 0,
        };
        println!("  id={} last={}", num, if last_num == u32::MAX { -1 } else { last_num as i64 });
    }
}
