// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: lifetimes cannot start with a number at 9:10
// rustc: error[]: unknown character escape: `q` at 10:15
// rustc: error[]: expected at least one digit in exponent at 14:13
// rustc: error[E0765]: unterminated double quote string at 16:22
// After a fatal lexical error (here an unterminated string) rustc reports the
// lexer's earlier errors but none of those it finds after parsing (suffixes,
// emoji identifiers, text-direction lints).
pub fn f<'1a>() {
    let _ = "\q";
    let _ = 1u7;
    let _ = a😀;
    let _ = 0b1f;
    let _ = 1e;
}
pub fn g() { let _ = "unterminated; }
