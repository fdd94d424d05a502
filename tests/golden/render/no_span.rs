// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta -W foo no_span.rs
fn main() {}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta -W foo no_span.rs
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta -W foo no_span.rs
