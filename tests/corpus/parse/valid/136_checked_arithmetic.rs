// Checked, wrapping, saturating and overflowing arithmetic, with integer parsing in radixes.
fn mean_checked(values: &[u32]) -> Option<u32> {
    let sum = values.iter().try_fold(0u32, |acc, &v| acc.checked_add(v))?;
    sum.checked_div(values.len() as u32)
}

fn hash(bytes: &[u8]) -> u32 {
    let mut h: u32 = 2_166_136_261;
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(16_777_619);
    }
    h
}

fn brighten(pixels: &mut [u8], amount: u8) {
    for p in pixels {
        *p = p.saturating_add(amount);
    }
}

fn add_with_carry(a: u64, b: u64, carry_in: bool) -> (u64, bool) {
    let (s1, c1) = a.overflowing_add(b);
    let (s2, c2) = s1.overflowing_add(carry_in as u64);
    (s2, c1 || c2)
}

fn main() {
    println!("{:?} {:?}", mean_checked(&[1, 2, 3]), mean_checked(&[u32::MAX, 1]));
    println!("{:?}", mean_checked(&[]));
    println!("{:08x}", hash(b"sluice"));
    let mut px = [10, 200, 250];
    brighten(&mut px, 10);
    println!("{px:?} {:?}", add_with_carry(u64::MAX, 1, true));
    println!("{} {} {}", i32::MIN.wrapping_abs(), (-7i32).rem_euclid(3), (-7i32) % 3);
    println!("{:?} {:?}", i8::try_from(200u8), 127i8.checked_neg());
    println!("{:?} {:?}", u16::from_str_radix("ff", 16), i64::from_str_radix("-1010", 2));
    println!("{} {} {}", 1u32.rotate_left(31), 0b1011u8.count_ones(), 40u64.leading_zeros());
    println!("{} {}", 255u8.wrapping_add(1), (-128i8).saturating_sub(1));
    println!("{:?} {}", 10u8.checked_pow(3), 2i32.pow(10));
}
