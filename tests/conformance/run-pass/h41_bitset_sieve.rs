// A bitset over [u64; N] used for a prime sieve and set algebra.
const WORDS: usize = 4;
const BITS: usize = WORDS * 64;

#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct BitSet {
    words: [u64; WORDS],
}

impl BitSet {
    fn full() -> BitSet {
        BitSet { words: [!0u64; WORDS] }
    }
    fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1u64 << (i % 64);
    }
    fn remove(&mut self, i: usize) {
        self.words[i >> 6] &= !(1 << (i & 63));
    }
    fn contains(&self, i: usize) -> bool {
        self.words[i / 64] >> (i % 64) & 1 == 1
    }
    fn len(&self) -> u32 {
        let mut n = 0;
        for w in self.words {
            n += w.count_ones();
        }
        n
    }
    fn intersect(&self, other: &BitSet) -> BitSet {
        let mut out = *self;
        for (i, w) in out.words.iter_mut().enumerate() {
            *w &= other.words[i];
        }
        out
    }
    // calls f-like behaviour by printing members; no closures in L1
    fn print_members(&self, limit: usize) {
        let mut shown = 0;
        'words: for (wi, &word) in self.words.iter().enumerate() {
            let mut w = word;
            while w != 0 {
                let bit = w.trailing_zeros() as usize;
                if shown == limit {
                    break 'words;
                }
                print!("{} ", wi * 64 + bit);
                shown += 1;
                w &= w - 1;
            }
        }
        println!("({} shown)", shown);
    }
    fn highest(&self) -> i64 {
        for wi in (0..WORDS).rev() {
            let w = self.words[wi];
            if w != 0 {
                return (wi * 64 + 63 - w.leading_zeros() as usize) as i64;
            }
        }
        -1
    }
}

fn main() {
    let mut primes = BitSet::full();
    primes.remove(0);
    primes.remove(1);
    let mut p = 2;
    while p * p < BITS {
        if primes.contains(p) {
            let mut m = p * p;
            while m < BITS {
                primes.remove(m);
                m += p;
            }
        }
        p += 1;
    }
    println!("primes below {}: {}", BITS, primes.len());
    primes.print_members(12);
    println!("largest: {}", primes.highest());

    let mut odd_squares_plus = BitSet::default();
    let mut k = 1usize;
    while k * k + 2 < BITS {
        odd_squares_plus.insert(k * k + 2);
        k += 2;
    }
    let both = primes.intersect(&odd_squares_plus);
    print!("primes of form k^2+2 (k odd): ");
    both.print_members(usize::MAX);
    assert!(both != BitSet::default());
    assert_eq!(BitSet::default().highest(), -1);
    let w: u64 = 0b1011_0000;
    println!("{:#b} tz={} lz={} pop={} pow2={}", w, w.trailing_zeros(), w.leading_zeros(), w.count_ones(), w.is_power_of_two());
}
