// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: character literal may only contain one codepoint at 8:13
// rustc: error[]: character literal may only contain one codepoint at 9:13
// rustc: error[]: character literal may only contain one codepoint at 10:13
// rustc: error[]: character literal may only contain one codepoint at 11:13
// rustc: error[]: character literal may only contain one codepoint at 12:13
pub fn f() {
    let _ = 'ab';
    let _ = b'ab';
    let _ = '\n\n';
    let _ = 'é́';
    let _ = 'é́̂';
}
