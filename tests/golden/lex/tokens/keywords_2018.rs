// rustc --edition 2018 (1.95): no lexical diagnostics
//@ edition: 2018
async fn f() { let x: &dyn Fn() = &g; x().await; let gen = 1; try {} c"x"; foo"x"; k#x; 'r#a }
