fn escape_kind(b: u8) -> &'static str {
    match b {
        b'\n' | b'\r' | b'\t' => "whitespace escape",
        b'\\' => "backslash",
        b'"' | b'\'' => "quote",
        b' '..=b'~' => "printable",
        0x80..=0xFF => "non-ascii",
    }
}

fn main() {
    let input = b"a\tb\"\\";
    for &b in input {
        println!("{}", escape_kind(b));
    }
}
