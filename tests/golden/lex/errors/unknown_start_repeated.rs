// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: unknown start of token: \ at 8:14
// rustc: error[]: unknown start of token: ` at 9:14
// rustc: error[]: unknown start of token: \u{ff1b} at 10:23
// rustc: error[]: unknown start of token: \u{ff1b} at 10:24
// rustc: error[]: unknown start of token: \u{ff1b} at 10:25
// rustc: error[]: unknown start of token: \u{200b} at 11:24
pub fn f() { \\\ }
pub fn g() { ```` }
pub fn h() { let _ = 1；；； }
pub fn i() { let _ = 1;​​ }
