// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta binop_note_suggestion.rs
fn main() {
    let a = "a";
    let b = "b";
    let _c = a + b;
}
// rustc --edition=2021 --error-format=human --color=always --emit=metadata -o /tmp/render-golden.rmeta binop_note_suggestion.rs
