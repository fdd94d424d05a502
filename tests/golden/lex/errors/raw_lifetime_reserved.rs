// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: `self` cannot be a raw lifetime at 5:10
// rustc: error[]: `_` cannot be a raw lifetime at 5:19
// rustc: error[]: `crate` cannot be a raw lifetime at 5:25
pub fn f<'r#self, 'r#_, 'r#crate>() {}
