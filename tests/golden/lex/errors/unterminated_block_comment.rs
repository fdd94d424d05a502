// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0758]: unterminated block comment at 4:1
fn main() {}
/* a /* b */ c /* d */
