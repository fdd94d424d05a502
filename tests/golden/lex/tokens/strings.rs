// rustc --edition 2021 (1.95): no lexical diagnostics
fn main() {
    let _ = "plain \"quoted\" \\ \n \r \t \0 \x7F \u{0} \u{10FFFF} \u{1_F6_00} \' é 😀";
    let _ = "continued \
             line";
    let _ = "multi
line";
    let _ = b"bytes \x00 \xFF \n \" \\";
    let _ = r"raw \n \ ";
    let _ = r#"raw with "quotes" inside"#;
    let _ = r##"two "# hashes"##;
    let _ = br"raw bytes"; let _ = br#"raw "bytes""#;
    let _ = c"c string \x7f \u{1F600}"; let _ = cr"raw c"; let _ = cr#"raw "c""#;
    let _ = 'a'; let _ = '\n'; let _ = '\''; let _ = '"'; let _ = '\u{1F600}'; let _ = '😀'; let _ = '\x41';
    let _ = b'a'; let _ = b'\xFF'; let _ = b'\''; let _ = b'"';
}
