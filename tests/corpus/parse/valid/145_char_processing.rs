// String processing with chars, char_indices, bytes, UTF-8 boundaries, and case conversion.
fn caesar(s: &str, shift: u8) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => (((c as u8 - b'a' + shift) % 26) + b'a') as char,
            'A'..='Z' => (((c as u8 - b'A' + shift) % 26) + b'A') as char,
            _ => c,
        })
        .collect()
}

fn snake_to_camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut upper = false;
    for c in s.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn camel_to_snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn truncate_utf8(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes {
        return s;
    }
    let mut end = max_bytes;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn is_valid_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

fn main() {
    println!("{} {}", caesar("Hello, World!", 3), caesar(&caesar("abc xyz", 13), 13));
    println!("{} {}", snake_to_camel("parse_crate_root"), camel_to_snake("parseCrateRoot"));
    println!("{:?} {:?}", truncate_utf8("héllo wörld", 2), truncate_utf8("ok", 10));
    println!("{} {} {}", is_valid_identifier("_x1"), is_valid_identifier("1x"), is_valid_identifier("naïve"));
    let s = "a€b";
    println!("{} {} {:?} {:?}", s.len(), s.chars().count(), s.bytes().collect::<Vec<_>>(), s.char_indices().collect::<Vec<_>>());
    println!("{:?} {:?}", 'ß'.to_uppercase().collect::<String>(), char::from_u32(0x1F980));
    println!("{:?} {:?}", char::from_digit(7, 10), 'f'.to_digit(16));
}
