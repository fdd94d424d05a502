fn operators(a: i32, b: i32, c: bool) {
    let _ = a + b * 2 - a / b % 3;
    let _ = a << 2 >> 1 & 0xff | 1 ^ 2;
    let _ = a == b && b != a || !c;
    let _ = a < b && a <= b && a > b && a >= b;
    let _ = -a as i64 + (b as i64);
    let _ = &a;
    let _ = &mut x;
    let _ = &&a;
    let _ = *r;
    let mut x = 0;
    x += 1; x -= 1; x *= 2; x /= 2; x %= 3;
    x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1;
    x = a = b;
    let _ = 0..10;
    let _ = ..;
    let _ = 1..=5;
    let _ = ..=5;
    let _ = a..;
    let _ = ..b;
    let _ = a + b..b * 2;
}
