// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: prefix `world` is unknown at 5:11
// rustc: error[E0762]: unterminated character literal at 5:16
macro_rules! m { ($($t:tt)*) => {} }
m!('hello world');
