// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: `self` cannot be a raw identifier at 8:13
// rustc: error[]: `crate` cannot be a raw identifier at 9:13
// rustc: error[]: `super` cannot be a raw identifier at 10:13
// rustc: error[]: `Self` cannot be a raw identifier at 11:13
// rustc: error[]: `_` cannot be a raw identifier at 12:13
pub fn f() {
    let _ = r#self;
    let _ = r#crate;
    let _ = r#super;
    let _ = r#Self;
    let _ = r#_;
}
