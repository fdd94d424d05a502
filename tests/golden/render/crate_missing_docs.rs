// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta crate_missing_docs.rs
#![warn(missing_docs)]
fn main() {
    let x = 1;
    let _ = x;
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta crate_missing_docs.rs
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta crate_missing_docs.rs
