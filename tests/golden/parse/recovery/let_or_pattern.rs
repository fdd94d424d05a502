fn main() {
    let E::A | E::B = e;
}
