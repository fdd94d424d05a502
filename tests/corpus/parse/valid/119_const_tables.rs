// edition:2024
// Compile-time tables with const fn, const blocks, and const items in traits.
pub const fn crc32_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

const CRC_TABLE: [u32; 256] = crc32_table();

pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &b| CRC_TABLE[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8))
}

pub const fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

const fn primes<const N: usize>() -> [u64; N] {
    let mut out = [0; N];
    let (mut found, mut candidate) = (0, 2);
    while found < N {
        if is_prime(candidate) {
            out[found] = candidate;
            found += 1;
        }
        candidate += 1;
    }
    out
}

pub trait Sized2D {
    const W: usize;
    const H: usize;
    const AREA: usize = Self::W * Self::H;
}

struct Tile;

impl Sized2D for Tile {
    const W: usize = 8;
    const H: usize = 4;
}

static FIRST_PRIMES: [u64; 10] = primes();

fn main() {
    println!("{:08x}", crc32(b"The quick brown fox jumps over the lazy dog"));
    println!("{FIRST_PRIMES:?}");
    let checked = const { assert!(is_prime(97)); 97 };
    let buf = [0u8; Tile::AREA];
    let inline = const { primes::<3>() };
    println!("{checked} {} {inline:?} {}", buf.len(), <Tile as Sized2D>::AREA);
}
