// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: unknown start of token: \u{ff1b} at 9:14
// rustc: error[]: unknown start of token: \u{2796} at 11:15
// rustc: error[]: unknown start of token: \u{2018} at 12:13
// rustc: error[]: unknown start of token: \u{2019} at 12:15
// rustc: error[]: unknown start of token: ` at 14:14
// rustc: error[]: unknown start of token: \ at 15:14
pub fn f() {
    let a = 1；
    let b = 2;
    let c = a ➖ b;
    let d = ‘x’;
}
pub fn g() { ` }
pub fn h() { \ }
