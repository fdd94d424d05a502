// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0765]: unterminated double quote string at 4:13
fn main() {
    let s = "abc;
}
