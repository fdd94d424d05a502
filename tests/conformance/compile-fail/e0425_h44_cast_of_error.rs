// A histogram where the bucket index comes from a misspelled helper and is cast.
const BUCKETS: usize = 5;

fn bucket_of(v: u32) -> u32 {
    (v / 20).min(BUCKETS as u32 - 1)
}

fn main() {
    let values = [3u32, 25, 47, 61, 99, 12, 88];
    let mut hist = [0u32; BUCKETS];
    for v in values {
        let b = bucketof(v) as usize;
        hist[b] += 1;
        let slot: u32 = b;
        println!("{} -> {}", v, slot);
    }
    let biggest = max_bucket(&hist) as u8;
    let width: usize = biggest * 2;
    let scaled = (total_of(&hist) as f64) / 2;
    println!("{:?} {} {} {}", hist, bucket_of(50), width, scaled);
}
