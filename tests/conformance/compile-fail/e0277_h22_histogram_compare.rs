// Histograms stored in arrays of different widths, compared and indexed badly.
const BINS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Histogram {
    counts: [u16; BINS],
    total: u32,
}

fn build(samples: &[u8]) -> Histogram {
    let mut h = Histogram { counts: [0; BINS], total: 0 };
    for s in samples {
        let bin = (*s as usize * BINS) / 256;
        h.counts[bin] += 1;
        h.total += 1;
    }
    h
}

fn main() {
    let a = build(&[1, 70, 140, 250, 251]);
    let b = build(&[3, 4, 5]);
    let same_shape = a == b;
    let small: [u8; BINS] = [1, 0, 0, 2];
    let same_counts = a.counts == small;
    let last = a.counts[-1];
    let bigger = a.total > b.counts[0];
    println!("{} {} {} {}", same_shape, same_counts, last, bigger);
}
