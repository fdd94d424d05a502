// rustc --edition 2024 (1.95), lexical diagnostics:
// rustc: error[]: invalid string literal at 7:4
// rustc: error[]: invalid string literal at 8:4
// rustc: error[]: invalid string literal at 9:4
//@ edition: 2024
macro_rules! m { ($($t:tt)*) => {} }
m!(#"x"#);
m!(##"y"##);
m!(#"z");
