// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: unknown start of token: \u{a0} at 7:15
// rustc: error[]: unknown start of token: \u{200b} at 8:10
// rustc: error[]: unknown start of token: \u{201c} at 9:13
// rustc: error[]: unknown start of token: \u{201d} at 9:20
pub fn f() {
    let a = 1; let b = 2;
    let c​ = 3;
    let d = “quoted”;
}
