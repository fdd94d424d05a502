// Comparing `.iter()` items (references) against plain integers.
fn above(xs: &[i32], limit: i32) -> usize {
    let mut n = 0;
    for x in xs.iter() {
        if x > limit {
            n += 1;
        }
    }
    n
}

fn peak(xs: &[i32]) -> i32 {
    let mut best = xs[0];
    for x in xs {
        if *x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let temps = [12, 18, 25, 31, 22, 9];
    println!("hot days: {}", above(&temps, 20));
    println!("peak: {}", peak(&temps));
}
