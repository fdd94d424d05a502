// lints: unused_must_use
// Bit manipulation puzzles on u32 and u8.
fn is_power_of_two(n: u32) -> bool {
    n != 0 && n & (n - 1) == 0
}

fn reverse_bits(mut n: u8) -> u8 {
    let mut out = 0u8;
    for _ in 0..8 {
        out = (out << 1) | (n & 1);
        n >>= 1;
    }
    out
}

fn parity(n: u32) -> u32 {
    n.count_ones() % 2
}

fn lowest_set(n: u32) -> u32 {
    n & n.wrapping_neg()
}

fn gray_code(n: u32) -> u32 {
    n ^ (n >> 1)
}

fn swap_nibbles(b: u8) -> u8 {
    b.rotate_left(4)
}

fn hamming_distance(a: u32, b: u32) -> u32 {
    (a ^ b).count_ones()
}

struct Flags {
    bits: u16,
}

impl Flags {
    const READ: u16 = 0b001;
    const WRITE: u16 = 0b010;
    const EXEC: u16 = 0b100;

    fn set(&mut self, mask: u16) {
        self.bits |= mask;
    }

    fn clear(&mut self, mask: u16) {
        self.bits &= !mask;
    }

    fn has(&self, mask: u16) -> bool {
        self.bits & mask == mask
    }

    fn bump(&mut self) {
        self.bits.wrapping_add(1);
    }
}

fn main() {
    for n in [0u32, 1, 6, 64, 1023, 1024] {
        println!("{:>5} pow2? {} parity {} lowest {}", n, is_power_of_two(n), parity(n), lowest_set(n));
    }
    println!("{:08b} -> {:08b}", 0b1011_0001u8, reverse_bits(0b1011_0001));
    for i in 0..8 {
        print!("{:03b} ", gray_code(i));
    }
    println!();
    println!("{:#04x}", swap_nibbles(0xAB));
    println!("distance {}", hamming_distance(0b1011101, 0b1001001));
    let mut f = Flags { bits: 0 };
    f.set(Flags::READ | Flags::WRITE);
    f.clear(Flags::WRITE);
    f.bump();
    println!("read {} write {} exec {}", f.has(Flags::READ), f.has(Flags::WRITE), f.has(Flags::EXEC));
    let x: u32 = 40;
    x.pow(2);
    x.leading_zeros();
}
