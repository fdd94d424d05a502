// In edition 2021 `mut` on a binding under a `&` default binding mode binds by
// value: a copy for a Copy field, a move out of the reference otherwise.
struct Name { s: [u8; 2] }
struct Pair { a: Name, b: u32 }
fn f(p: &Pair) -> u32 {
    match p {
        Pair { mut a, b } => { a.s[0] = 1; *b + a.s[0] as u32 }
    }
}
fn g(p: &(u32, u32)) -> u32 {
    let &(mut x, _) = p;
    let (mut y, _) = p;
    x += 1; y += 1;
    x + y
}
fn main() { let p = Pair { a: Name { s: [0, 0] }, b: 1 }; println!("{} {}", f(&p), g(&(1, 2))); }
