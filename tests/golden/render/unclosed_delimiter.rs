// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta unclosed_delimiter.rs
fn main() {
    let _x = 1;
