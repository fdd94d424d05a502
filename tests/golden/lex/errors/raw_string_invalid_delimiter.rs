// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: found invalid character; only `#` is allowed in raw string delimitation: x at 4:13
fn main() {
    let s = br##x"abc"##;
}
