// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: unknown start of token: \u{1} at 5:16
// rustc: error[]: unknown start of token: \u{7f} at 5:18
pub fn f() {
    let a = 1;  
}
