// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta match_arms_multiline.rs
fn main() {
    let _m = match 1 {
        1 => {
            "x"
        }
        _ => 2,
    };
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta match_arms_multiline.rs
