// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0763]: unterminated byte constant at 4:14
fn main() {
    let c = b'ab;
}
