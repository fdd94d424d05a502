// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: character constant must be escaped: `\n` at 4:14
pub fn f() {
    let _ = '
';
}
