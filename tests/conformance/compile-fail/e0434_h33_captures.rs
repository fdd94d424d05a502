// Inner fns cannot capture locals.
fn scale_all(xs: &mut [f64], factor: f64) {
    let offset = 1.0;

    fn apply(x: f64) -> f64 {
        x * factor + offset
    }

    const LIMIT: f64 = factor * 2.0;

    for x in xs.iter_mut() {
        *x = apply(*x);
    }
    let _ = LIMIT;
}

fn main() {
    let mut data = [1.0, 2.0];
    scale_all(&mut data, 2.0);
    println!("{:?}", data);
}
