fn signum_like(x: i32) -> i32 {
    match x {
        ..0 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn len_bucket(n: usize) -> u8 {
    match n {
        0 => 0,
        1..=9 => 1,
        10.. => 2,
    }
}

fn halves(b: u8) -> bool {
    match b {
        0..128 => false,
        128..=255 => true,
    }
}

fn spread(v: i16) -> u8 {
    match v {
        i16::MIN..=-1000 | 1000..=i16::MAX => 2,
        -999..=-1 | 1..=999 => 1,
        0 => 0,
    }
}

fn main() {
    println!("{} {} {}", signum_like(-4), signum_like(0), signum_like(12));
    println!("{} {} {}", len_bucket(0), len_bucket(5), len_bucket(500));
    println!("{} {}", halves(3), halves(200));
    println!("{} {}", spread(-5000), spread(12));
}
