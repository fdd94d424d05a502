// Bit manipulation toolkit: popcounts, rotations, gray codes, overflowing ops and casts.
const MASKS: [u32; 4] = [0x0000_00FF, 0x0000_FF00, 0x00FF_0000, 0xFF00_0000];
static SEED: u64 = 0x9E37_79B9_7F4A_7C15;

struct BitSet(u64);

impl BitSet {
    const EMPTY: BitSet = BitSet(0);

    fn insert(&mut self, bit: u32) -> &mut Self {
        self.0 |= 1u64 << (bit % 64);
        self
    }

    fn len(&self) -> u32 {
        self.0.count_ones()
    }

    fn highest(&self) -> u32 {
        63 - self.0.leading_zeros()
    }
}

fn gray(n: u32) -> u32 {
    n ^ (n >> 1)
}

fn ungray(mut g: u32) -> u32 {
    let mut n = 0;
    while g != 0 {
        n ^= g;
        g >>= 1;
    }
    n
}

fn xorshift(state: &mut u64) -> u64 {
    let mut x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    x
}

fn reverse_bits_byte(b: u8) -> u8 {
    let mut out = 0u8;
    for i in 0..8 {
        if b & (1 << i) != 0 {
            out |= 0x80 >> i;
        }
    }
    out
}

fn main() {
    let word: u32 = 0xDEAD_BEEF;
    for (i, m) in MASKS.iter().enumerate() {
        let byte = ((word & m) >> (i * 8)) as u8;
        println!("byte {i}: {byte:#04x} {byte:08b} rev {:08b}", reverse_bits_byte(byte));
    }
    println!("rotl 8: {:#010X}, rotr 4: {:#x}", word.rotate_left(8), word.rotate_right(4));
    println!("swap: {:#x} ones={} lz={} tz={}", word.swap_bytes(), word.count_ones(), word.leading_zeros(), word.trailing_zeros());
    for n in (0..8u32).rev().step_by(3) {
        let g = gray(n);
        assert_eq!(ungray(g), n);
        println!("gray({n}) = {g:03b}");
    }
    let mut set = BitSet::EMPTY;
    set.insert(3).insert(17).insert(63).insert(64 + 5);
    let r = &mut set;
    r.insert(40);
    println!("set {:#018x} len {} high {}", set.0, set.len(), set.highest());
    let mut state = SEED;
    let mut hist = [0u32; 4];
    for _ in 0..1000 {
        let v = xorshift(&mut state);
        hist[(v >> 62) as usize] += 1;
    }
    println!("hist {:?}", hist);
    let (sum, carry) = u8::MAX.overflowing_add(7);
    let (diff, borrow) = 3u16.overflowing_sub(10);
    let (prod, over) = i32::MAX.overflowing_mul(2);
    println!("{sum} {carry} {diff} {borrow} {prod} {over}");
    let neg = -1i16;
    println!("casts: {} {} {} {} {}", neg as u16, neg as u8, neg as i64 as u64, 300i32 as u8 as i8, -129i32 as i8);
    println!("pow2: {} {} {}", 64u32.is_power_of_two(), 96u32.is_power_of_two(), 2i64.pow(40));
    println!("bits: {} {} {}", u128::BITS, i8::MIN, usize::MAX as u128 >= u32::MAX as u128);
    let wide: u128 = (SEED as u128) * (SEED as u128);
    println!("wide hi={:#x} lo={:#x}", (wide >> 64) as u64, wide as u64);
}
