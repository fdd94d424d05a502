// Raw strings with hash fences, byte strings, raw byte strings, byte chars with escapes.
fn main() {
    let raw = r"C:\path\no\escapes";
    let raw_hash = r#"He said "hi" and left"#;
    let raw_two = r##"contains "# inside"##;
    let raw_many = r######"a "##### b"######;
    let raw_multi = r"
    multi
    line
";
    let raw_empty = r"";
    let raw_hash_empty = r#""#;
    let bytes = b"bytes\x00\xff\n\t\\\"";
    let byte_raw = br"raw\bytes";
    let byte_raw_hash = br#"with "quotes""#;
    let byte_chars = [b'a', b'\n', b'\'', b'\\', b'\x7f', b'\xff', b'"', b'\0'];
    let byte_cont = b"one \
                      two";
    let regex = r"^\d{3}-\d{4}$";
    let json = r#"{"key": "value", "n": [1, 2]}"#;
    println!("{raw} {raw_hash} {raw_two} {raw_many} {raw_multi} [{raw_empty}{raw_hash_empty}]");
    println!("{bytes:?} {byte_raw:?} {byte_raw_hash:?} {byte_chars:?} {byte_cont:?}");
    println!("{regex} {json}");
    let total: u32 = b"abc".iter().map(|&b| b as u32).sum();
    println!("{total}");
}
