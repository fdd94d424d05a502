// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta multiline_tuple.rs
fn main() {
    let _u: () = (1,
        2,
        3);
}
// rustc --edition=2021 --error-format=json --emit=metadata -o /tmp/render-golden.rmeta multiline_tuple.rs
