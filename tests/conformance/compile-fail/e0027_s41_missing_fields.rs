// Struct patterns that leave out fields: rustc's three fixes.
struct P { a: i32, b: i32, c: i32 }
enum E { V { x: u8, y: u8 } }
fn main() {
    let p = P { a: 1, b: 2, c: 3 };
    let P { a, b } = p;
    let P { a: q } = p;
    let P {} = p;
    let e = E::V { x: 1, y: 2 };
    match e { E::V { x } => {} }
    let P { a: r, c: w, } = p;
    let _ = (a, b, q, r, w);
}
