// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: bare CR not allowed in string, use `\r` instead at 6:15
// rustc: error[]: bare CR not allowed in raw string at 7:16
// rustc: error[]: bare CR not allowed in string, use `\r` instead at 8:16
pub fn f() {
    let _ = "ab";
    let _ = r"ab";
    let _ = b"ab";
    let _ = "a
b";
}
