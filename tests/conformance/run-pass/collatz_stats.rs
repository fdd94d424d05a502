// Collatz sequence lengths for 1..=N with a memo table for small values.
const N: usize = 10_000;

fn main() {
    let mut memo = [0u16; N + 1];
    memo[1] = 1;
    let mut best = (1usize, 1u16);
    for start in 2..=N {
        let mut n = start as u64;
        let mut steps: u16 = 0;
        while n >= start as u64 || memo[n as usize] == 0 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            steps += 1;
        }
        let length = steps + memo[n as usize];
        memo[start] = length;
        if length > best.1 {
            best = (start, length);
        }
    }
    println!("longest chain below {}: start {} length {}", N, best.0, best.1);
    let mut histogram = [0u32; 8];
    for &len in &memo[1..] {
        histogram[(len as usize / 40).min(7)] += 1;
    }
    for (bucket, count) in histogram.iter().enumerate() {
        println!("{:>3}-{:<3} {}", bucket * 40, bucket * 40 + 39, count);
    }
}
