// Recognising request lines with byte-slice patterns.
#[derive(Debug, PartialEq)]
enum Method {
    Get,
    Put,
    Delete,
    Unknown,
}

fn method(line: &[u8]) -> (Method, usize) {
    match line {
        [b'G', b'E', b'T', b' ', ..] => (Method::Get, 4),
        [b'P', b'U', b'T', b' ', ..] => (Method::Put, 4),
        [b'D', b'E', b'L', b'E', b'T', b'E', b' ', ..] => (Method::Delete, 7),
        _ => (Method::Unknown, 0),
    }
}

fn path_len(rest: &[u8]) -> usize {
    let mut n = 0;
    for &b in rest {
        if b == b' ' {
            break;
        }
        n += 1;
    }
    n
}

fn digit_sum(bytes: &[u8]) -> u32 {
    match bytes {
        [] => 0,
        [d @ b'0'..=b'9', rest @ ..] => (*d - b'0') as u32 + digit_sum(rest),
        [_, rest @ ..] => digit_sum(rest),
    }
}

fn main() {
    let lines: [&[u8]; 4] = [b"GET /index.html HTTP/1.1", b"PUT /a/b HTTP/1.0", b"DELETE /x9 HTTP/2", b"BREW /pot"];
    for line in lines {
        let (m, skip) = method(line);
        let rest = &line[skip..];
        let n = path_len(rest);
        println!("{:?} path_len={} digits={}", m, n, digit_sum(line));
        if m == Method::Unknown {
            println!("  unknown first byte {}", line[0] as char);
        }
    }
    let hex = b"7f3A";
    let mut all_hex = true;
    for b in hex.iter() {
        all_hex = all_hex && b.is_ascii_hexdigit();
    }
    println!("hex? {all_hex} graphic? {}", b'~'.is_ascii_graphic());
}
