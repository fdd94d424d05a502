// rustc --edition 2024 (1.95), lexical diagnostics:
// rustc: error[]: reserved multi-hash token is forbidden at 7:4
// rustc: error[]: reserved multi-hash token is forbidden at 8:4
// rustc: error[]: reserved multi-hash token is forbidden at 8:6
//@ edition: 2024
macro_rules! m { ($($t:tt)*) => {} }
m!(## a);
m!(#### b);
