// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: bare CR not allowed in doc-comment at 4:6
// rustc: error[]: bare CR not allowed in block doc-comment at 6:6
/// ab
pub fn f() {}
/** cd */
pub fn g() {}
