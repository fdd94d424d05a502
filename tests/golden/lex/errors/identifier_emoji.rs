// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: identifiers cannot contain emoji: `a😀` at 4:9
pub fn f() {
    let a😀 = 1;
    let _ = a😀;
}
