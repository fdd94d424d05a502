// rustc --edition 2024 (1.95): no lexical diagnostics
//@ edition: 2024
async fn f() { gen {} ; r#gen; r#try; let _ = c"x"; #[allow(x)] #![allow(y)] # "x" }
