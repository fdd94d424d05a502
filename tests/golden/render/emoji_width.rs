// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta emoji_width.rs
fn main() {
    let _e: i32 = "😀😀";  let _q = 1;
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta emoji_width.rs
