// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0748]: unterminated raw string at 4:13
fn main() {
    let s = r##"abc"#;
}
