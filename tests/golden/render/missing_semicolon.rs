// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta missing_semicolon.rs
fn main() {
    let y = 1
    let z = 2;
}
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta missing_semicolon.rs
