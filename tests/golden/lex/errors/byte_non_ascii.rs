// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: non-ASCII character in byte literal at 8:15
// rustc: error[]: non-ASCII character in byte literal at 9:15
// rustc: error[]: non-ASCII character in byte string literal at 10:16
// rustc: error[]: non-ASCII character in byte string literal at 11:15
// rustc: error[]: non-ASCII character in raw byte string literal at 12:17
pub fn f() {
    let _ = b'é';
    let _ = b'€';
    let _ = b"aé";
    let _ = b"€";
    let _ = br"aé";
}
