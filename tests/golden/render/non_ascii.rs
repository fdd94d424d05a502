// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta non_ascii.rs
fn main() {
    let _s: i32 = "héllo wörld";
}
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta non_ascii.rs
