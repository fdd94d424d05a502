// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: lifetimes cannot start with a number at 3:6
fn f<'1a>() {}
