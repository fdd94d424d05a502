// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta missing_argument.rs
fn takes(_a: i32, _b: &str) {}
fn main() {
    takes(1);
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta missing_argument.rs
