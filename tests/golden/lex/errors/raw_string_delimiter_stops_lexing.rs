// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: found invalid character; only `#` is allowed in raw string delimitation: x at 4:13
pub fn f() {
    let _ = r##x""##;
    let _ = "\q";
    let _ = 'ab';
}
