// correct conversions between integer and float types
struct Stats {
    count: u32,
    total: i64,
    max: u8,
}

fn mean(s: &Stats) -> f64 {
    if s.count == 0 {
        return 0.0;
    }
    s.total as f64 / s.count as f64
}

fn to_byte(x: i32) -> u8 {
    x.clamp(0, 255) as u8
}

fn main() {
    let readings: [i32; 6] = [12, -4, 300, 77, 0, 255];
    let mut s = Stats { count: 0, total: 0, max: 0 };
    for r in readings {
        s.count += 1;
        s.total += r as i64;
        let b = to_byte(r);
        s.max = s.max.max(b);
    }
    let len: usize = readings.len();
    let limit: u32 = 5;
    if len > limit as usize {
        println!("more than {} readings", limit);
    }
    let big: u64 = s.max as u64;
    let ratio: f32 = (mean(&s) / 100.0) as f32;
    println!("count={} total={} max={} big={} mean={:.2} ratio={:.3}", s.count, s.total, s.max, big, mean(&s), ratio);
}
