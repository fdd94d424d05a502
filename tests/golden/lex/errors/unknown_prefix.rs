// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: prefix `foo` is unknown at 9:4
// rustc: error[]: prefix `k` is unknown at 10:4
// rustc: error[]: prefix `match` is unknown at 11:4
// rustc: error[]: prefix `bar` is unknown at 12:4
// rustc: error[]: prefix `'a` is unknown at 13:4
// rustc: error[]: prefix `'r` is unknown at 14:4
macro_rules! m { ($($t:tt)*) => {} }
m!(foo"x");
m!(k#x);
m!(match#x);
m!(bar'y');
m!('a#);
m!('r#);
