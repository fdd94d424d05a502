// Large-number helpers on i128/u128/isize: pow, abs_diff, rem_euclid, MIN/MAX and BITS.
const FACT_N: u32 = 30;

fn factorial(n: u32) -> u128 {
    let mut acc: u128 = 1;
    for i in 2..=n {
        acc = acc.wrapping_mul(i as u128);
    }
    acc
}

fn digits(mut n: u128) -> u32 {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

fn mod_pow(base: u64, exp: u32, m: u64) -> u64 {
    let mut result: u128 = 1;
    let mut b = base as u128 % m as u128;
    let mut e = exp;
    while e > 0 {
        if e & 1 == 1 {
            result = result * b % m as u128;
        }
        b = b * b % m as u128;
        e >>= 1;
    }
    result as u64
}

fn main() {
    let f = factorial(FACT_N);
    println!("{}! = {} ({} digits, {} bits)", FACT_N, f, digits(f), u128::BITS - f.leading_zeros());
    println!("{}", mod_pow(7, 1_000_000, 1_000_000_007));
    let a: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_728;
    println!("{} {}", a == i128::MIN, i128::MAX.abs_diff(a));
    let idx: isize = -3;
    println!("{} {} {}", idx.rem_euclid(5), idx.pow(3), isize::BITS >= 32);
    println!("{} {}", 3u128.pow(80), (-2i128).pow(101).signum());
    println!("{}", u64::MAX as u128 * 2 + 1 == (u64::MAX as u128).wrapping_shl(1) + 1);
}
