// A Bloom filter over 512 bits with double hashing, measuring the false-positive rate.
const BITS: usize = 512;
const WORDS: usize = BITS / 64;
const K: u32 = 4;

struct Bloom {
    bits: [u64; WORDS],
    inserted: u32,
}

fn hash_pair(key: &[u8]) -> (u64, u64) {
    let mut h1: u64 = 0xcbf2_9ce4_8422_2325;
    let mut h2: u64 = 0x9e37_79b9_7f4a_7c15;
    for &b in key {
        h1 = (h1 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        h2 = h2.rotate_left(5) ^ (b as u64).wrapping_mul(0xff51_afd7_ed55_8ccd);
    }
    (h1, h2 | 1)
}

impl Bloom {
    fn new() -> Self {
        Bloom { bits: [0; WORDS], inserted: 0 }
    }

    fn positions(key: &[u8]) -> [usize; K as usize] {
        let (h1, h2) = hash_pair(key);
        let mut out = [0usize; K as usize];
        for i in 0..K {
            out[i as usize] = (h1.wrapping_add((i as u64).wrapping_mul(h2)) % BITS as u64) as usize;
        }
        out
    }

    fn insert(&mut self, key: &[u8]) {
        for p in Self::positions(key) {
            self.bits[p / 64] |= 1 << (p % 64);
        }
        self.inserted += 1;
    }

    fn maybe_contains(&self, key: &[u8]) -> bool {
        for p in Self::positions(key) {
            if self.bits[p / 64] & (1 << (p % 64)) == 0 {
                return false;
            }
        }
        true
    }

    fn fill_ratio(&self) -> f64 {
        let mut set = 0;
        for w in &self.bits {
            set += w.count_ones();
        }
        set as f64 / BITS as f64
    }

    fn expected_fp_rate(&self) -> f64 {
        let k = K as f64;
        let n = self.inserted as f64;
        (1.0 - (-k * n / BITS as f64).exp()).powf(k)
    }
}

fn key_for(i: u32, buf: &mut [u8; 12]) -> usize {
    // "key-" followed by the decimal digits of i
    let prefix = b"key-";
    for (j, &b) in prefix.iter().enumerate() {
        buf[j] = b;
    }
    let mut digits = [0u8; 8];
    let (mut n, mut v) = (0, i);
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for j in 0..n {
        buf[4 + j] = digits[n - 1 - j];
    }
    4 + n
}

fn main() {
    let mut bloom = Bloom::new();
    let mut buf = [0u8; 12];
    for i in 0..60 {
        let len = key_for(i * 2, &mut buf);
        bloom.insert(&buf[..len]);
    }
    let mut missing = 0;
    for i in 0..60 {
        let len = key_for(i * 2, &mut buf);
        if !bloom.maybe_contains(&buf[..len]) {
            missing += 1;
        }
    }
    let mut false_pos = 0;
    let trials = 1000;
    for i in 0..trials {
        let len = key_for(i * 2 + 1, &mut buf);
        if bloom.maybe_contains(&buf[..len]) {
            false_pos += 1;
        }
    }
    println!("inserted {} keys, {} missing (must be 0)", bloom.inserted, missing);
    println!("fill ratio {:.3}", bloom.fill_ratio());
    println!("false positives {}/{} = {:.3} (expected {:.3})", false_pos, trials, false_pos as f64 / trials as f64, bloom.expected_fp_rate());
    println!("contains b\"hello\": {}", bloom.maybe_contains(b"hello"));
}
