// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: unknown character escape: `q` at 11:16
// rustc: error[]: unknown character escape: `w` at 11:19
// rustc: error[]: unknown character escape: `q` at 12:15
// rustc: error[]: unknown character escape: `{` at 13:15
// rustc: error[]: unknown character escape: `\u{e9}` at 14:16
// rustc: error[]: unknown byte escape: `q` at 17:16
// rustc: error[]: unknown byte escape: `q` at 18:16
// rustc: error[]: unknown character escape: `q` at 19:16
pub fn f() {
    let _ = "a\qb\w";
    let _ = '\q';
    let _ = "\{";
    let _ = "a\éb";
}
pub fn g() {
    let _ = b"\q";
    let _ = b'\q';
    let _ = c"\q";
}
