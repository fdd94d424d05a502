// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0766]: unterminated double quote byte string at 4:14
fn main() {
    let s = b"abc;
}
