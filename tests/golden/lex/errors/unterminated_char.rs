// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[E0762]: unterminated character literal at 4:13
fn main() {
    let c = '\n;
}
