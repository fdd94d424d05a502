// rustc --edition 2021 (1.95): no lexical diagnostics
struct S<'a, 'b: 'a> { x: &'a &'b u8, y: &'static str }
fn f<'long_name_1>(_: &'long_name_1 u8, _: &'_ u8) {
    'outer: loop { 'inner: while true { break 'outer; } continue 'outer; }
    let _ = 'a'; let _ = 'ab_c;
}
fn g<'r#a>(x: &'r#a u8) -> &'r#a u8 { x }
