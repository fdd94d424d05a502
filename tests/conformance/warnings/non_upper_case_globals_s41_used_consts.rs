// lints: non_upper_case_globals
// Lowercase consts and statics used in several places: rustc shows the rename apart.
const in_method: u32 = 1;
const in_nested: u32 = 2;
const in_free: u32 = 3;
const in_const: u32 = in_free + 1;
static in_static_nested: u32 = 5;
struct S;
impl S {
    fn m(&self) -> u32 { in_method }
}
fn outer() -> u32 {
    fn inner() -> u32 { in_nested + in_static_nested }
    inner() + in_free + in_const
}
fn main() {
    println!("{} {}", S.m(), outer());
}
