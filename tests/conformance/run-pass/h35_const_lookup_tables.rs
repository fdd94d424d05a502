// CRC-8 and a tiny sine table with const arrays, consts derived from consts,
// associated consts and array lengths taken from consts.
const POLY: u8 = 0x07;
const TABLE_BITS: u32 = 4;
const TABLE_LEN: usize = 1 << TABLE_BITS;
const QUARTER: usize = TABLE_LEN / 4;
const AMPLITUDE: i16 = 1000;
const SINE_Q: [i16; QUARTER + 1] = [0, 383, 707, 924, 1000];

struct Crc8;

impl Crc8 {
    const INIT: u8 = 0x00;
    const XOR_OUT: u8 = 0x55;

    fn update(crc: u8, byte: u8) -> u8 {
        let mut c = crc ^ byte;
        let mut i = 0;
        while i < 8 {
            c = if c & 0x80 != 0 { (c << 1) ^ POLY } else { c << 1 };
            i += 1;
        }
        c
    }

    fn of(data: &[u8]) -> u8 {
        let mut c = Self::INIT;
        for b in data {
            c = Self::update(c, *b);
        }
        c ^ Self::XOR_OUT
    }
}

fn sine(step: usize) -> i16 {
    let s = step % TABLE_LEN;
    let q = s / QUARTER;
    let i = s % QUARTER;
    match q {
        0 => SINE_Q[i],
        1 => SINE_Q[QUARTER - i],
        2 => -SINE_Q[i],
        _ => -SINE_Q[QUARTER - i],
    }
}

fn main() {
    let msgs: [&[u8]; 3] = [b"123456789", b"", b"sluice"];
    for m in msgs {
        println!("crc8({} bytes) = {:#04x}", m.len(), Crc8::of(m));
    }
    let mut wave = [0i16; TABLE_LEN];
    for i in 0..TABLE_LEN {
        wave[i] = sine(i);
    }
    println!("{:?}", wave);
    let mut energy: i64 = 0;
    for v in wave {
        energy += (v as i64).pow(2);
    }
    println!("energy {} peak {} of {}", energy, wave[QUARTER], AMPLITUDE);
    println!("{} {}", sine(TABLE_LEN + 3), sine(3 * QUARTER + 1));
}
