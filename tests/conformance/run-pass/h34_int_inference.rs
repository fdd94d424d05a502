// Integer literal inference and casts that look suspicious but are fine.

fn checksum(data: &[u8]) -> u16 {
    let mut sum = 0;
    for &b in data {
        sum = (sum << 1 | sum >> 15) ^ b as u16;
    }
    sum
}

fn shift_mix(bits: u8, by: u32, small: i64) -> u64 {
    let a = 1u64 << bits;
    let b = (by as u64) << 3u8;
    let c = 0xF0u8 >> 4i32;
    a + b + c as u64 + (small << 2i8) as u64
}

fn main() {
    let x = 200;
    let y: u8 = x;
    let z = x as i8;
    println!("{} {} {}", x, y, z);
    let neg = -1i32;
    println!("{} {} {}", neg as u32, neg as u8, (neg as u64) >> 60);
    println!("{}", (-7i32).rem_euclid(3));
    println!("{}", -7 / 2);
    println!("{:#06x}", checksum(b"sluice"));
    println!("{}", shift_mix(10, 5, 3));
    let big = u32::MAX as f64 + 0.5;
    println!("{} {} {}", big, big as u32, -3.9f64 as u8);
    let len = [1, 2, 3].len();
    let back = len as i32 - 5;
    println!("{} {}", back, back.abs() as usize + len);
    let c = b'a' + 2;
    println!("{} {}", c as char, ('z' as u8 - c) as u32);
    let mut acc = 0;
    for i in 0..10u64 {
        acc += i * i;
    }
    println!("{} {}", acc, u64::BITS - acc.leading_zeros());
}
