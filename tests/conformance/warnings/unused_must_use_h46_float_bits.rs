// lints: unused_must_use path_statements
// Float bit twiddling where a few results are computed and dropped.
fn describe(f: f64) -> u64 {
    let bits = f.to_bits();
    f64::from_bits(bits ^ 1);
    bits >> 52
}

fn normalize(v: &mut [f64; 3]) {
    let len = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
    if len == 0.0 {
        return;
    }
    for x in v.iter_mut() {
        *x /= len;
    }
    &v[0];
    len;
}

fn main() {
    let mut v = [3.0, 4.0, 0.0];
    normalize(&mut v);
    println!("{:?} exp={}", v, describe(v[0]));
    let scale = 2.5f64;
    { scale * 2.0 };
    scale.floor();
}
