// return type deleted by accident
const MOD_ADLER: u32 = 65521;

struct Checksums {
    adler: u32,
    fletcher: u16,
    xor: u8,
}

fn adler32(data: &[u8]) -> u32 {
    let mut a: u32 = 1;
    let mut b: u32 = 0;
    for &byte in data {
        a = (a + byte as u32) % MOD_ADLER;
        b = (b + a) % MOD_ADLER;
    }
    (b << 16) | a
}

fn fletcher16(data: &[u8]) -> u16 {
    let mut sum1: u16 = 0;
    let mut sum2: u16 = 0;
    for byte in data.iter() {
        sum1 = (sum1 + *byte as u16) % 255;
        sum2 = (sum2 + sum1) % 255;
    }
    (sum2 << 8) | sum1
}

fn xor_all(data: &[u8]) {
    let mut acc = 0u8;
    let mut i = 0;
    while i < data.len() {
        acc ^= data[i];
        i += 1;
    }
    acc
}

fn compute(data: &[u8]) -> Checksums {
    Checksums {
        adler: adler32(data),
        fletcher: fletcher16(data),
        xor: xor_all(data),
    }
}

fn hex_digit(n: u8) -> char {
    if n < 10 { (b'0' + n) as char } else { (b'a' + n - 10) as char }
}

fn print_hex(label: &str, value: u32) {
    let mut out = ['0'; 8];
    let mut v = value;
    for i in (0..8).rev() {
        out[i] = hex_digit((v & 0xf) as u8);
        v >>= 4;
    }
    print!("{}: ", label);
    for c in out {
        print!("{}", c);
    }
    println!();
}

fn main() {
    let inputs: [&[u8]; 3] = [b"Wikipedia", b"abcde", b""];
    for data in inputs {
        let sums = compute(data);
        print_hex("adler32", sums.adler);
        println!("fletcher16: {}", sums.fletcher);
        println!("xor: {:#04x}", sums.xor);
    }
}
