// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: warning[]: multiple lines skipped by escaped newline at 5:15
// rustc: warning[]: whitespace symbol '\u{a0}' is not skipped at 8:15
pub fn f() {
    let _ = "a\

  b";
    let _ = "a\
 b";
}
