// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: incorrect unicode escape sequence at 15:14
// rustc: error[]: incorrect unicode escape sequence at 16:14
// rustc: error[]: unterminated unicode escape at 17:14
// rustc: error[]: empty unicode escape at 18:14
// rustc: error[]: overlong unicode escape at 19:14
// rustc: error[]: invalid unicode character escape at 20:14
// rustc: error[]: invalid unicode character escape at 21:14
// rustc: error[]: invalid start of unicode escape: `_` at 22:17
// rustc: error[]: invalid character in unicode escape: `g` at 23:19
// rustc: error[]: unicode escape in byte string at 27:15
// rustc: error[]: unicode escape in byte string at 28:15
// rustc: error[]: unicode escape in byte string at 29:15
pub fn f() {
    let _ = "\u1234";
    let _ = "\uZ";
    let _ = "\u{1234";
    let _ = "\u{}";
    let _ = "\u{1234567}";
    let _ = "\u{D800}";
    let _ = "\u{110000}";
    let _ = "\u{_1}";
    let _ = "\u{12g}";
    let _ = "\u{1_2__}";
}
pub fn g() {
    let _ = b"\u{12}";
    let _ = b'\u{12}';
    let _ = b"\u{110000}";
}
