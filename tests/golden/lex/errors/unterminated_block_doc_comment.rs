// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0758]: unterminated block doc-comment at 4:1
fn main() {}
/** never closed
