// Indexing with the wrong integer types.
const SIZE: usize = 6;

fn histogram(values: &[u8]) -> [u32; SIZE] {
    let mut h = [0u32; SIZE];
    for v in values {
        let bucket = v / 50;
        h[bucket] += 1;
    }
    h
}

fn main() {
    let h = histogram(&[10, 60, 120, 250]);
    let i: i32 = 2;
    let a = h[i];
    let b = h[i as usize];
    let mut j = 0;
    while j < h.len() {
        j += 1;
    }
    let k: u64 = 3;
    let c = h[k];
    let d = h[1.0];
    let e = h[j - 1];
    let f = h[-1];
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);
}
