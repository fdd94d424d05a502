// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta numeric_suggestion_diff.rs
fn main() {
    let _n: u32 = 5i64;
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta numeric_suggestion_diff.rs
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta numeric_suggestion_diff.rs
