enum M { A, B, C, D, E, F, G }
fn f(m: M) -> u8 {
    match m {
        M::A => 0,
    }
}
fn main() {
    let _ = [M::B, M::C, M::D, M::E, M::F, M::G];
    f(M::A);
}
