// Bindings that move a non-Copy value out from behind a reference the pattern goes through.
struct Item { n: [u8; 2] }
enum Shelf { Stocked(Item), Empty }
struct Pair { a: Item, b: u32 }
fn get(s: &Shelf) -> &Shelf { s }
fn f1(s: &mut Shelf) -> u8 {
    match s { &mut Shelf::Stocked(item) => item.n[0], _ => 0 }
}
fn f2(s: &Shelf) -> u8 {
    match get(s) { &Shelf::Stocked(item) => item.n[0], _ => 0 }
}
fn f3(p: &Pair) -> u32 {
    let Pair { mut a, b } = p;
    a.n[0] = 1;
    *b
}
fn f4(p: &mut (Item, Item)) -> u8 {
    let (mut x, mut y) = p;
    x.n[0] = 2; y.n[0] = 3;
    x.n[0]
}
fn f5(s: &Shelf) -> u8 {
    if let &Shelf::Stocked(item) = s { item.n[0] } else { 0 }
}
fn f6(p: &Pair) -> u32 {
    match *p { Pair { ref a, b } => b + a.n[0] as u32 }
}
fn f7(q: &(Pair, u8)) -> u32 {
    match q { (Pair { mut a, .. }, _) => { a.n[0] = 1; a.n[1] as u32 } }
}
fn main() {}
