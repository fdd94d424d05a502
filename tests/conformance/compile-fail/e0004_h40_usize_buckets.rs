// Histogram buckets keyed by sizes: usize ranges are never exhaustive without `..`
const SMALL: usize = 64;

fn bucket(len: usize) -> usize {
    match len {
        0 => 0,
        1..=SMALL => 1,
        65..=4096 => 2,
        4097..=usize::MAX => 3,
    }
}

fn offset_class(delta: isize) -> i8 {
    match delta {
        isize::MIN..=-1 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn wide(v: u64) -> u8 {
    match v {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        0x1_0000..=0xFFFF_FFFF => 4,
        0x1_0000_0000..=u64::MAX => 8,
    }
}

fn main() {
    let mut hist = [0u32; 4];
    for len in [0usize, 3, 64, 65, 5000, 1 << 20] {
        hist[bucket(len)] += 1;
    }
    println!("{:?}", hist);
    println!("{} {}", offset_class(-4), wide(70000));
}
