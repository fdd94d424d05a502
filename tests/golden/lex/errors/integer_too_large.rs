// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: integer literal is too large at 8:13
// rustc: error[]: integer literal is too large at 9:13
// rustc: error[]: integer literal is too large at 10:13
// rustc: error[]: integer literal is too large at 11:13
// rustc: error[]: integer literal is too large at 12:13
pub fn f() {
    let _ = 99999999999999999999999999999999999999999;
    let _ = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff_f;
    let _ = 0o777777777777777777777777777777777777777777777;
    let _ = 0b11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111;
    let _ = 340282366920938463463374607431768211456u128;
    let _ = 340282366920938463463374607431768211455;
}
