// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: expected at least one digit in exponent at 20:13
// rustc: error[]: expected at least one digit in exponent at 21:13
// rustc: error[]: expected at least one digit in exponent at 22:13
// rustc: error[]: expected at least one digit in exponent at 23:13
// rustc: error[]: invalid digit for a base 2 literal at 24:17
// rustc: error[]: invalid digit for a base 8 literal at 25:15
// rustc: error[]: invalid digit for a base 2 literal at 26:16
// rustc: error[]: invalid digit for a base 2 literal at 26:17
// rustc: error[]: invalid digit for a base 2 literal at 26:18
// rustc: error[E0768]: no valid digits found for number at 27:13
// rustc: error[E0768]: no valid digits found for number at 28:13
// rustc: error[E0768]: no valid digits found for number at 29:13
// rustc: error[E0768]: no valid digits found for number at 30:13
// rustc: error[]: hexadecimal float literal is not supported at 31:13
// rustc: error[]: binary float literal is not supported at 32:13
// rustc: error[]: binary float literal is not supported at 33:13
// rustc: error[]: binary float literal is not supported at 34:13
pub fn f() {
    let _ = 1e;
    let _ = 1e+;
    let _ = 1.0e_;
    let _ = 1em;
    let _ = 0b102;
    let _ = 0o9;
    let _ = 0b1234;
    let _ = 0x;
    let _ = 0b;
    let _ = 0x_;
    let _ = 0xg;
    let _ = 0x1.0;
    let _ = 0b1.0;
    let _ = 0b1e3;
    let _ = 0b1.0f32;
}
