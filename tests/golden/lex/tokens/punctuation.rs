// rustc --edition 2021 (1.95): no lexical diagnostics
// Punctuation is lexed one character at a time; `joint` marks characters the
// parser may glue (`::`, `->`, `>>=`).
use std::collections::HashMap;
fn f(a: &mut Vec<Vec<u8>>) -> Option<()> {
    let x = a.len() >> 2; let mut y = 0; y >>= 1; y <<= 2; y += x != 0 && x <= 3 || !true as usize;
    match x { 0..=1 => {}, _ => {} }
    let _ = |z: i32| z % 2 ^ 1 | 4 & 8 * 2 - 1 / 1;
    #[allow(unused)] let _p = &&x; a.first()?; $ ~ @ Some(())
}
