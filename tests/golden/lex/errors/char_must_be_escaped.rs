// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: character constant must be escaped: `\t` at 8:14
// rustc: error[]: character constant must be escaped: `\r` at 9:14
// rustc: error[]: character constant must be escaped: `'` at 10:14
// rustc: error[]: empty character literal at 11:14
// rustc: error[]: empty character literal at 12:15
pub fn f() {
    let _ = '	';
    let _ = '';
    let _ = ''';
    let _ = '';
    let _ = b'';
}
