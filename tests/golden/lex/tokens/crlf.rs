// rustc --edition 2021 (1.95): no lexical diagnostics
// CRLF line endings
/// doc
fn main() {
    let _ = "a
b";
    let _ = r"c
d";
    let _ = "e\
      f";
}
