// rustc --edition=2021 --error-format=human --color=never --emit=metadata -o /tmp/render-golden.rmeta implicit_return.rs
fn f() -> i32 {
    let x = 1;
    x + 1;
}
fn main() {}
