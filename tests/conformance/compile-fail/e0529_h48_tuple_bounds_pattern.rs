// Bounds are stored as a tuple but destructured with a slice pattern.
struct Range2 {
    bounds: (i32, i32),
    samples: [i32; 5],
}

fn inside(r: &Range2) -> usize {
    let [lo, hi] = r.bounds;
    let mut n = 0;
    for &s in r.samples.iter() {
        if s >= lo && s <= hi {
            n += 1;
        }
    }
    n
}

fn main() {
    let r = Range2 { bounds: (0, 10), samples: [-3, 4, 10, 11, 7] };
    println!("inside: {}", inside(&r));
    let (lo, hi) = r.bounds;
    println!("width {}", hi - lo);
}
