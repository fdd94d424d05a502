// Running totals over a slice: an immutable binding is reassigned and a slice borrowed mutably.
fn running_total(values: &[i64]) -> i64 {
    let total = 0;
    for v in values {
        if *v > 0 {
            total += *v;
        }
    }
    total
}

fn normalize(values: &[i64], out: &mut [i64]) {
    let peak = values[0];
    for i in 1..values.len() {
        if values[i] > peak {
            peak = values[i];
        }
    }
    for i in 0..values.len() {
        out[i] = values[i] * 100 / peak;
    }
}

fn main() {
    let data = [3, -1, 8, 5];
    let mut scaled = [0i64; 4];
    normalize(&data, &mut scaled);
    println!("{} {:?}", running_total(&data), scaled);
}
