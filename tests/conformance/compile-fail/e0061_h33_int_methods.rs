// Integer methods with wrong arguments.
fn checksum(data: &[u8]) -> u32 {
    let mut acc: u32 = 0;
    for b in data {
        acc = acc.wrapping_add(b);
        acc = acc.rotate_left(5u8);
    }
    acc
}

fn main() {
    let data = [1u8, 2, 3, 250];
    let c = checksum(&data);
    let p = 3i64.pow(2i64);
    let m = 10i32.max(3, 4);
    let cl = 15u16.clamp(1, 10);
    let s = (-7i32).signum();
    let e = 7i32.rem_euclid();
    let sat = 250u8.saturating_add(10u16);
    let (v, o) = 200u8.overflowing_add(100);
    let bits = u64::BITS;
    let tz = 8u32.trailing_zeros() + bits;
    let pw = 64u32.is_power_of_two(1);
    let ad = 5i32.abs_diff(-3);
    println!("{} {} {} {} {} {} {} {} {} {} {} {}", c, p, m, cl, s, e, sat, v, o, tz, pw, ad);
}
