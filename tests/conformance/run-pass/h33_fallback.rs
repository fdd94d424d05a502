// Valid program relying on literal fallback and inference.
#[derive(Debug, Clone, Copy)]
struct Stat {
    min: i64,
    max: i64,
}

fn scan(xs: &[i64]) -> Stat {
    let mut s = Stat { min: i64::MAX, max: i64::MIN };
    for &x in xs {
        if x < s.min {
            s.min = x;
        }
        if x > s.max {
            s.max = x;
        }
    }
    s
}

fn main() {
    let xs = [5, -3, 12, 7];
    let s = scan(&xs);
    let spread = s.max - s.min;
    let mut n = 0;
    let mut i = 0;
    while i < xs.len() {
        if xs[i] > 0 {
            n += 1;
        }
        i += 1;
    }
    let scale = 1.5;
    let scaled = spread as f32 * scale;
    let pair = (1, 2.5);
    let prod = pair.0 as f64 * pair.1;
    let big = 1u64 << 40;
    let mixed = [1u8, 2, 3];
    let sum: u32 = mixed[0] as u32 + mixed[2] as u32;
    println!("{:?} {} {} {} {} {} {}", s, spread, n, scaled, prod, big, sum);
    let t = 7 / 2;
    let f = 7.0 / 2.0;
    println!("{} {} {}", t, f, -t % 3);
}
