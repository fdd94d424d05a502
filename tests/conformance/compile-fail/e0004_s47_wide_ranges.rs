// Buckets for 128-bit identifiers: ranges over the whole of u128 and i128.
const HIGH_START: u128 = 1 << 127;
const LAST: u128 = u128::MAX;

fn bucket(id: u128) -> &'static str {
    match id {
        0 => "zero",
        1..HIGH_START => "low",
        HIGH_START..=340282366920938463463374607431768211454 => "high",
    }
}

fn full_bucket(id: u128) -> &'static str {
    match id {
        0..HIGH_START => "low",
        HIGH_START..=LAST => "high",
    }
}

fn signed_bucket(delta: i128) -> i8 {
    match delta {
        i128::MIN..=-1 => -1,
        1..=i128::MAX => 1,
    }
}

fn edges(delta: i128) -> u8 {
    match delta {
        i128::MIN => 0,
        -170141183460469231731687303715884105727..=170141183460469231731687303715884105726 => 1,
    }
}

fn main() {
    println!("{} {}", bucket(7), full_bucket(HIGH_START));
    println!("{} {}", signed_bucket(-3), edges(0));
}
