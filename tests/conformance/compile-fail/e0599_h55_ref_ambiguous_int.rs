// Methods called through references auto-deref.
fn total_abs(values: &[i32]) -> i32 {
    let mut t = 0;
    for v in values {
        t += v.abs();
    }
    t
}

fn closest_to_zero(values: &[f64]) -> f64 {
    let mut best = values[0];
    for v in values.iter() {
        if v.abs() < best.abs() {
            best = *v;
        }
    }
    best
}

fn upper_all(buf: &mut [u8]) {
    for b in buf.iter_mut() {
        *b = b.to_ascii_uppercase();
    }
}

fn main() {
    let xs = [3, -4, 5, -6];
    println!("{}", total_abs(&xs));
    let x = -9;
    let r = &x;
    println!("{} {}", (&x).abs(), r.pow(2));
    let rr = &r;
    println!("{}", rr.signum());
    println!("{}", closest_to_zero(&[2.5, -0.75, 1.0]));
    let mut word = *b"hello";
    upper_all(&mut word);
    println!("{:?}", word);
    let c = &'z';
    println!("{}", c.is_alphabetic());
    let m: &mut u32 = &mut 40;
    *m = m.wrapping_add(2);
    println!("{}", m);
}
