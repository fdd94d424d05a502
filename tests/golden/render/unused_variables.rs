// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta unused_variables.rs
fn takes(a: i32, b: &str) {}
fn main() {
    takes(1, "");
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta unused_variables.rs
