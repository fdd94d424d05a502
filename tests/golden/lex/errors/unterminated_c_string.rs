// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0767]: unterminated C string at 4:14
fn main() {
    let s = c"abc;
}
