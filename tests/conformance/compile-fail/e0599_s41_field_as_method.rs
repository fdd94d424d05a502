// A field called like a method.
struct Level { capacity: usize }
enum E { A }
fn main() {
    let l = Level { capacity: 6 };
    let a = l.capacity(3, 4);
    let m = &mut l;
    let b = m.capacity();
    let e = E::A;
    e.capacity();
}
