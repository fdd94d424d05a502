// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: suffixes on string literals are invalid at 11:13
// rustc: error[]: suffixes on byte string literals are invalid at 12:13
// rustc: error[]: suffixes on char literals are invalid at 13:13
// rustc: error[]: suffixes on byte literals are invalid at 14:13
// rustc: error[]: suffixes on C string literals are invalid at 15:13
// rustc: error[]: suffixes on string literals are invalid at 16:13
// rustc: error[]: suffixes on byte string literals are invalid at 17:13
// rustc: error[]: suffixes on C string literals are invalid at 18:13
pub fn f() {
    let _ = "a"foo;
    let _ = b"a"x;
    let _ = 'a'x;
    let _ = b'a'x;
    let _ = c"a"s;
    let _ = r"a"s;
    let _ = br"a"x;
    let _ = cr"a"x;
}
