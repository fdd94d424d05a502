// rustc --edition 2015 (1.95): no lexical diagnostics
//@ edition: 2015
fn f() { let async = 1; let await = 2; let dyn = 3; let try = 4; let gen = 5; c"x"; r#async }
