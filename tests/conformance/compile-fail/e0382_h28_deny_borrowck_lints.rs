// Moves of non-Copy values under crate-level denies of borrowck-time lints.
#![deny(unused_mut)]
#![deny(unused_assignments)]

#[derive(Debug)]
struct Token {
    id: u32,
    scope: u8,
}

fn consume(t: Token) -> u32 {
    t.id + t.scope as u32
}

fn issue(n: u32) -> Token {
    let mut t = Token { id: n, scope: 1 };
    t
}

fn rotate(t: Token) -> Token {
    let mut next = Token { id: 0, scope: 0 };
    next = Token { id: t.id + 1, scope: t.scope };
    next
}

fn main() {
    let a = issue(7);
    let total = consume(a);
    println!("{} {:?}", total, a);
    let mut b = issue(8);
    let c = rotate(b);
    println!("{:?} {:?}", b, c);
    let mut unused_after = 3;
    unused_after = 4;
}
