// lints: non_upper_case_globals
// Lookup tables with lowercase constant names in every position a global can appear.
const crc_poly: u32 = 0xEDB8_8320;
static greeting: &str = "hi";
const Max_Len: usize = 4;

struct Codec;

impl Codec {
    const seed: u32 = 7;
    const BLOCK: usize = 2;

    fn mix(x: u32) -> u32 {
        const rounds: u32 = 3;
        static shift_amt: u32 = 5;
        let mut v = x ^ Self::seed;
        for _ in 0..rounds {
            v = v.rotate_left(shift_amt) ^ crc_poly;
        }
        v
    }
}

fn table() -> [u32; Max_Len] {
    let mut t = [0u32; Max_Len];
    for i in 0..Max_Len {
        t[i] = Codec::mix(i as u32);
    }
    t
}

fn main() {
    println!("{} {:?} {}", greeting, table(), Codec::BLOCK);
    const local_limit: usize = 2;
    println!("{}", local_limit);
}
