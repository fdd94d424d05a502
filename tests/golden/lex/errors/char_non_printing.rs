// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: character literal may only contain one codepoint at 6:13
// rustc: error[]: unknown start of token: \u{200b} at 7:15
// rustc: error[E0762]: unterminated character literal at 7:16
pub fn f() {
    let _ = ' b';
    let _ = 'a​';
    let _ = b' b';
    let _ = 'é';
}
