// lints: dead_code
// A self-assignment left over from refactoring.
fn running_max(values: &[i32]) -> i32 {
    let mut best = values[0];
    for &v in values {
        if v > best {
            best = v;
        } else {
            best = best;
        }
    }
    best
}

fn main() {
    let data = [4, 9, 2, 11, 7];
    let mut total = 0;
    for d in data {
        total += d;
    }
    total = total;
    println!("max {} total {}", running_max(&data), total);
}
