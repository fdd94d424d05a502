// Passing `&mut` of a binding that was not declared `mut`.
fn normalize(values: &mut [f64; 4]) {
    let mut max = 0.0;
    for v in values.iter() {
        if *v > max {
            max = *v;
        }
    }
    for i in 0..values.len() {
        values[i] /= max;
    }
}

fn main() {
    let samples = [2.0, 8.0, 4.0, 1.0];
    normalize(&mut samples);
    println!("{:?}", samples);
}
