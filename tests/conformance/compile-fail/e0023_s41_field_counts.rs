// Tuple struct and variant patterns with the wrong number of fields.
struct Pair(i32, i32);
struct Triple(i32, i32, i32);
enum E { A(u8, u8, u8), B(u8) }
fn main() {
    let Pair() = Pair(1, 2);
    let Triple(x) = Triple(1, 2, 3);
    let Pair(p, q, r, ..) = Pair(1, 2);
    match E::B(1) {
        E::A(a) => {}
        E::B(b, c) => {}
    }
    let Triple(.., z, y, w, v) = Triple(1, 2, 3);
}
struct One(pub i32);
fn more() {
    let Triple(x, y) = Triple(1, 2, 3);
    let Triple() = Triple(1, 2, 3);
    let One() = One(1);
    let Pair( ) = Pair(1, 2);
    let Pair(a ,) = Pair(1, 2);
}
