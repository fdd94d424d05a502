// Compound assignment with mismatched operands.
struct Totals {
    count: u32,
    sum: i64,
    mean: f32,
}

fn update(t: &mut Totals, v: i32) {
    t.count += 1;
    t.sum += v;
    t.mean = t.sum / t.count;
    t.mean += 0.5f64;
    t.mean *= 2;
    t.count -= 1usize;
    t.sum <<= 1u8;
    t.count %= 2.0;
}

fn main() {
    let mut t = Totals { count: 0, sum: 0, mean: 0.0 };
    update(&mut t, 4);
    let mut r = &mut t.count;
    r += 1;
    *r += 1;
    println!("{} {} {}", t.count, t.sum, t.mean);
}
