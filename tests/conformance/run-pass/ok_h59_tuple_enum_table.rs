#[derive(Debug, Clone, Copy, PartialEq)]
enum Bit {
    Lo,
    Hi,
}

fn xor(a: Bit, b: Bit) -> Bit {
    match (a, b) {
        (Bit::Lo, Bit::Lo) | (Bit::Hi, Bit::Hi) => Bit::Lo,
        (Bit::Lo, Bit::Hi) | (Bit::Hi, Bit::Lo) => Bit::Hi,
    }
}

fn mux(sel: bool, a: Bit, b: Bit) -> Bit {
    match (sel, a, b) {
        (false, x, _) => x,
        (true, _, y) => y,
    }
}

fn main() {
    let bits = [Bit::Lo, Bit::Hi];
    for &a in bits.iter() {
        for &b in bits.iter() {
            println!("{:?} ^ {:?} = {:?}, mux {:?}", a, b, xor(a, b), mux(a == Bit::Hi, a, b));
        }
    }
}
