#[derive(Clone, Copy)]
enum Bit { Zero, One, Unknown }

fn val(b: Bit) -> u8 {
    match b { Bit::Zero => 0, Bit::One => 1 }
}

fn main() {
    let bits = [Bit::One, Bit::Zero, Bit::Unknown];
    let mut acc = 0u8;
    for b in bits {
        acc = acc * 2 + val(b);
    }
    println!("{}", acc);
}
