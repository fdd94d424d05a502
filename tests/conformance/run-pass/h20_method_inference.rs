// Literal types fixed by methods on suffixed literals, by struct fields and by
// return types; integer methods from the L1 list on inferred values.
struct Stats {
    hits: u16,
    misses: u16,
    score: i64,
}

fn make_stats(h: u16, m: u16) -> Stats {
    let score = h as i64 * 10 - m as i64 * 3;
    Stats { hits: h, misses: m, score }
}

fn ratio(s: &Stats) -> f32 {
    let total = s.hits + s.misses;
    if total == 0 {
        return 0.0;
    }
    s.hits as f32 / total as f32
}

fn main() {
    let base = 7;
    let s = make_stats(base, 3);
    println!("{} {} {}", s.score, ratio(&s), s.hits.max(s.misses));

    let x = 250u8;
    println!("{} {}", x.wrapping_add(10), x.saturating_add(10));
    let (v, over) = x.overflowing_add(10);
    println!("{} {}", v, over);

    let y = -3i32.pow(2);
    let y2 = (-3i32).pow(2);
    println!("{} {}", y, y2);

    let n = 40;
    let clamped = n.clamp(0, 25);
    let s2: u32 = clamped;
    println!("{}", s2.is_power_of_two());

    let diff = 5u32.abs_diff(12);
    println!("{}", diff);

    let bits = 0b1011_0000u8;
    println!("{} {} {}", bits.count_ones(), bits.trailing_zeros(), bits.rotate_left(4));

    let t = 10i64;
    let u = t.div_euclid(3) + t.rem_euclid(3);
    let as_i64: i64 = u;
    println!("{}", as_i64 * 1_000_000_000_000);

    let root = 2f64.sqrt();
    let r2 = (root * root - 2.0).abs() < f64::EPSILON * 4.0;
    println!("{:.6} {}", root, r2);
    let p = 1.5f32.powi(3);
    println!("{}", p);

    let m = i16::MIN;
    println!("{} {}", m.wrapping_abs(), m.saturating_neg());
    println!("{} {}", u8::BITS, i128::MAX.leading_zeros());

    let z = 17;
    if z > 10u64 {
        println!("{}", z.pow(2));
    }
}
