// rustc --edition 2021 (1.95): no lexical diagnostics
fn main() {
    let r#fn = 1; let r#match = r#fn; let r#foo = r#match; let _ = r#foo;
    let été = 1; let Δx = 2; let 变量 = 3; let _a_b9 = été + Δx + 变量;
    let _ = self::main; let _ = Self::X; let _ = super::x; let _ = crate::y;
    union macro_rules auto default raw safe
}
