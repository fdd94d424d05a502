// Moves out of struct fields and array elements by patterns, then uses of the rest.
struct Job { n: [u8; 2] }
struct P { a: Job, b: u8 }
fn f(arr: [Job; 2]) {
    for _ in 0..2 {
        match arr { [a, _] => { let _k = a; } }
    }
}
fn g(arr: [Job; 3]) {
    let [x, .., z] = arr;
    let [.., w] = arr;
    let _ = (x, z, w);
}
fn h(p: P) {
    let P { a, .. } = p;
    let q = p;
    let _ = (a, q);
}
fn i(p: P) {
    let P { a, .. } = p;
    match p { P { b: 3, .. } => {} _ => {} }
    let _ = a;
}
fn h2(p: P) {
    let x = p.a;
    let y = p.b;
    let q = p;
    let _ = (x, y, q);
}
fn main() {}
