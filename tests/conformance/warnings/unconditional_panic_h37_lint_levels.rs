// lints: unconditional_panic arithmetic_overflow
// regen: build
// A checksum module where some known panics are allowed or downgraded on purpose.
const BLOCK: usize = 8;
const NO_DIV: u32 = 0;

mod checksum {
    #![warn(arithmetic_overflow)]

    pub fn fold(seed: u8) -> u8 {
        let top: u8 = 255;
        top + seed + (200u8 + 100)
    }

    #[deny(arithmetic_overflow)]
    pub fn strict() -> u16 {
        65535 + 1
    }
}

#[warn(unconditional_panic)]
fn test_block(data: [u8; BLOCK]) -> u8 {
    data[BLOCK]
}

#[allow(unconditional_panic)]
fn expect_panic(total: u32) -> u32 {
    total / NO_DIV
}

struct Digest {
    words: [u32; 4],
}

#[allow(arithmetic_overflow)]
impl Digest {
    fn overflowing(&self) -> u32 {
        self.words[0] + (u32::MAX + 1)
    }

    #[warn(unconditional_panic)]
    fn tail(&self) -> u32 {
        self.words[4]
    }
}

fn main() {
    let d = Digest { words: [1, 2, 3, 4] };
    println!("{}", checksum::fold(1));
    println!("{}", checksum::strict());
    println!("{}", test_block([0; BLOCK]));
    println!("{}", expect_panic(5));
    println!("{}", d.overflowing());
    println!("{}", d.tail());
    #[allow(unconditional_panic)]
    let quiet = d.words[5];
    let loud = d.words[6] / NO_DIV;
    println!("{} {}", quiet, loud);
}
