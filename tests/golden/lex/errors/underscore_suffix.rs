// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: underscore literal suffix is not allowed at 5:16
// rustc: error[]: underscore literal suffix is not allowed at 6:16
pub fn f() {
    let _ = "a"_;
    let _ = 'b'_;
}
