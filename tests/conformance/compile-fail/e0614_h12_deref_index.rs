// Histogram code that dereferences plain integers and indexes a number.
fn histogram(values: &[u8], bins: &mut [u32; 4]) {
    for v in values {
        let bin = (*v / 64) as usize;
        bins[bin] += 1;
    }
}

fn largest_bin(bins: &[u32; 4]) -> usize {
    let mut best = 0;
    for i in 1..4 {
        let count = bins[i];
        if *count > bins[best] {
            best = i;
        }
    }
    best
}

fn main() {
    let data = [3, 70, 130, 200, 250, 10];
    let mut bins = [0u32; 4];
    histogram(&data, &mut bins);
    let total: u32 = 6;
    println!("largest {} of {}", largest_bin(&bins), total[0]);
}
