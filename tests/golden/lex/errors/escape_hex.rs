// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: numeric character escape is too short at 10:14
// rustc: error[]: numeric character escape is too short at 11:14
// rustc: error[]: invalid character in numeric character escape: `Z` at 12:16
// rustc: error[]: out of range hex escape at 13:14
// rustc: error[]: out of range hex escape at 14:14
// rustc: error[]: out of range hex escape at 15:14
// rustc: error[]: invalid character in numeric character escape: `Z` at 18:21
pub fn f() {
    let _ = "\x";
    let _ = "\x8";
    let _ = "\xZZ";
    let _ = "\xFF";
    let _ = '\x80';
    let _ = "\xaB";
}
pub fn g() {
    let _ = b"\xFF\xZ1";
    let _ = c"\xff";
}
