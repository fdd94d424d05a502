// Run-length encoding and decoding of a fixed byte pattern.
const INPUT: &[u8] = b"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW";

fn encode(input: &[u8], out: &mut [(u8, u32); 32]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        let mut run = 0;
        while i < input.len() && input[i] == b {
            run += 1;
            i += 1;
        }
        out[n] = (b, run);
        n += 1;
    }
    n
}

fn decoded_len(runs: &[(u8, u32)]) -> u32 {
    let mut len = 0;
    for &(_, count) in runs {
        len += count;
    }
    len
}

fn main() {
    let mut runs = [(0u8, 0u32); 32];
    let n = encode(INPUT, &mut runs);
    for &(b, count) in &runs[..n] {
        print!("{}{}", count, b as char);
    }
    println!();
    println!("{} runs, {} bytes in, {} bytes decoded", n, INPUT.len(), decoded_len(&runs[..n]));
    let ratio = (n * 2) as f32 / INPUT.len() as f32;
    println!("compression ratio {:.3}", ratio);
    let mut check = 0usize;
    for &(b, count) in runs[..n].iter() {
        for _ in 0..count {
            assert_eq!(INPUT[check], b);
            check += 1;
        }
    }
    println!("round trip ok: {}", check == INPUT.len());
}
