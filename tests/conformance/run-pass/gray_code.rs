// Gray codes, bit reversal and parity for 4-bit values.
fn to_gray(n: u8) -> u8 {
    n ^ (n >> 1)
}

fn from_gray(mut g: u8) -> u8 {
    let mut n = 0;
    while g != 0 {
        n ^= g;
        g >>= 1;
    }
    n
}

fn reverse4(n: u8) -> u8 {
    let mut r = 0;
    for bit in 0..4 {
        if n & (1 << bit) != 0 {
            r |= 1 << (3 - bit);
        }
    }
    r
}

fn main() {
    println!(" n  bin   gray  back rev parity");
    let mut previous = to_gray(0);
    for n in 0u8..16 {
        let g = to_gray(n);
        let changed = (g ^ previous).count_ones();
        assert!(n == 0 || changed == 1);
        previous = g;
        println!("{:>2}  {:04b}  {:04b}  {:>4} {:>3} {}", n, n, g, from_gray(g), reverse4(n), if n.count_ones() % 2 == 0 { "even" } else { "odd" });
    }
    let word: u16 = 0xBEEF;
    println!("{:#06x} -> {:#06x}, {} ones, {:016b}", word, word.swap_bytes(), word.count_ones(), word.rotate_left(4));
}
