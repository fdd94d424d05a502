// A 64-slot bitset allocator with lint-clean but tricky code: shadowing, labelled loops, wrapping math.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct BitSet {
    bits: u64,
}

impl BitSet {
    const FULL: u64 = u64::MAX;

    fn alloc(&mut self) -> u32 {
        if self.bits == Self::FULL {
            return 64;
        }
        let slot = (!self.bits).trailing_zeros();
        self.bits |= 1u64 << slot;
        slot
    }

    fn free(&mut self, slot: u32) {
        self.bits &= !(1u64 << slot);
    }

    fn used(&self) -> u32 {
        self.bits.count_ones()
    }
}

fn checksum(set: BitSet) -> u32 {
    let x = set.bits;
    let x = (x >> 32) as u32 ^ (x as u32);
    let x = x.rotate_left(5).wrapping_mul(2654435761);
    x.swap_bytes()
}

fn main() {
    let mut set = BitSet::default();
    let mut got = [0u32; 6];
    for i in 0..6 {
        got[i] = set.alloc();
    }
    set.free(got[2]);
    set.free(got[4]);
    println!("{:?} used={} bits={:#018x}", got, set.used(), set.bits);
    let again = set.alloc();
    println!("again={} checksum={:08x}", again, checksum(set));

    let mut found = 0u32;
    'outer: for a in 0..8u32 {
        for b in 0..8u32 {
            if a * b == 12 && a < b {
                found = a * 10 + b;
                break 'outer;
            }
            if b > a {
                continue 'outer;
            }
        }
    }
    println!("found {}", found);
    let sat = 250u8.saturating_add(10);
    let (wrapped, over) = 250u8.overflowing_add(10);
    println!("{} {} {} {:>6.2} {:+}", sat, wrapped, over, 2.0f64.sqrt(), -5i32.abs());
}
