// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta if_else_multiline.rs
fn main() {
    let _x = if true {
        1
    } else {
        "a"
    };
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta if_else_multiline.rs
