// Run-length encoding with escape bytes (PackBits-style) and a round-trip check.
const MAX_RUN: usize = 128;

/// PackBits: header n in 0..=127 means n+1 literal bytes follow;
/// header n in 129..=255 means the next byte repeats 257-n times; 128 is a no-op.
fn encode(src: &[u8], out: &mut [u8]) -> usize {
    let mut i = 0;
    let mut o = 0;
    while i < src.len() {
        let mut run = 1;
        while i + run < src.len() && src[i + run] == src[i] && run < MAX_RUN {
            run += 1;
        }
        if run >= 3 {
            out[o] = (257 - run) as u8;
            out[o + 1] = src[i];
            o += 2;
            i += run;
            continue;
        }
        // gather literals until a run of 3 starts
        let start = i;
        while i < src.len() && i - start < MAX_RUN {
            if i + 2 < src.len() && src[i] == src[i + 1] && src[i] == src[i + 2] {
                break;
            }
            i += 1;
        }
        let n = i - start;
        out[o] = (n - 1) as u8;
        o += 1;
        for k in 0..n {
            out[o + k] = src[start + k];
        }
        o += n;
    }
    o
}

fn decode(src: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut o) = (0, 0);
    while i < src.len() {
        let h = src[i];
        i += 1;
        match h {
            0..=127 => {
                let n = h as usize + 1;
                for k in 0..n {
                    out[o + k] = src[i + k];
                }
                i += n;
                o += n;
            }
            128 => {}
            129..=255 => {
                let n = 257 - h as usize;
                for k in 0..n {
                    out[o + k] = src[i];
                }
                i += 1;
                o += n;
            }
        }
    }
    o
}

fn main() {
    let mut sample = [0u8; 300];
    let mut pos = 0;
    for (byte, count) in [(b'A', 5usize), (b'b', 1), (b'c', 2), (b'D', 200), (b'x', 1), (b'y', 1), (b'z', 3)] {
        for _ in 0..count {
            sample[pos] = byte;
            pos += 1;
        }
    }
    let inputs: [&[u8]; 4] = [&sample[..pos], b"abcdefg", b"", b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"];
    let mut enc = [0u8; 400];
    let mut dec = [0u8; 400];
    for input in inputs {
        let n = encode(input, &mut enc);
        let m = decode(&enc[..n], &mut dec);
        assert_eq!(&dec[..m], input);
        let ratio = if input.is_empty() { 0.0 } else { n as f64 / input.len() as f64 };
        print!("{:>3} -> {:>3} bytes ({:>5.1}%):", input.len(), n, ratio * 100.0);
        for b in &enc[..n.min(12)] {
            print!(" {:02x}", b);
        }
        println!("{}", if n > 12 { " ..." } else { "" });
    }
}
