// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta duplicate_field.rs
struct S {
    a: i32,
}
fn main() {
    let _v = S { a: 1, a: 2 };
}
