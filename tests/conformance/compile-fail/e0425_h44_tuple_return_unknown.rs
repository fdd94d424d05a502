// A helper returns a tuple with a misspelled element type.
fn min_max(xs: &[i32]) -> (i32, i23) {
    let mut lo = xs[0];
    let mut hi = xs[0];
    for &x in xs {
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    (lo, hi)
}

fn range_of(xs: &[i32]) -> i32 {
    let bounds = min_max(xs);
    bounds.1 - bounds.0
}

fn main() {
    let data = [4, -2, 17, 9, 0];
    let bounds = min_max(&data);
    let low: u8 = bounds.0;
    let (lo, hi) = min_max(&data);
    let lo_flag: bool = lo;
    let width = range_of(&data);
    let first = min_max(&data).0;
    let f: &str = first;
    println!("{} {} {} {} {} {}", low, lo_flag, hi, width, f, lo);
    let pair = (width, scale_factr);
    let w: bool = pair.0;
    println!("{}", w);
}
