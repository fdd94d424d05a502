// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta mismatched_types.rs
fn main() {
    let x: i32 = "a";
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta mismatched_types.rs
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta mismatched_types.rs
