// CRC-32 (table-driven), Adler-32 and FNV-1a over byte strings, plus a tiny hash table probe.
const POLY: u32 = 0xEDB8_8320;

fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 { POLY ^ (c >> 1) } else { c >> 1 };
        }
        t[i] = c;
        i += 1;
    }
    t
}

fn crc32(table: &[u32; 256], data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc = table[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + x as u32) % MOD;
        b = (b + a) % MOD;
    }
    (b << 16) | a
}

fn fnv1a(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in data {
        h ^= x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

struct Table {
    keys: [u64; 16],
    used: [bool; 16],
    probes: u32,
}

impl Table {
    fn insert(&mut self, h: u64) -> usize {
        let mut slot = (h % 16) as usize;
        loop {
            self.probes += 1;
            if !self.used[slot] || self.keys[slot] == h {
                self.used[slot] = true;
                self.keys[slot] = h;
                return slot;
            }
            slot = (slot + 1) & 15;
        }
    }
}

fn main() {
    let table = crc_table();
    let inputs: [&[u8]; 5] = [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", b"123456789"];
    for data in inputs {
        println!("len {:>2}: crc32={:08x} adler32={:08x} fnv1a={:016x}", data.len(), crc32(&table, data), adler32(data), fnv1a(data));
    }
    let mut t = Table { keys: [0; 16], used: [false; 16], probes: 0 };
    let words: [&[u8]; 8] = [b"red", b"green", b"blue", b"cyan", b"magenta", b"yellow", b"black", b"red"];
    for w in words.iter() {
        let slot = t.insert(fnv1a(w));
        print!("{} ", slot);
    }
    println!("| probes={}", t.probes);
    println!("rotated {:#x} swapped {:#x}", 0x1234_5678u32.rotate_right(8), 0x1234_5678u32.swap_bytes());
}
