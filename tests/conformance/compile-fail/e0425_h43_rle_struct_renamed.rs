// struct renamed, uses not
const BUF: usize = 32;

struct RunList {
    pairs: [(u8, u8); BUF],
    len: usize,
}

fn encode(input: &[u8]) -> Encoded {
    let mut out = Encoded { pairs: [(0, 0); BUF], len: 0 };
    let mut i = 0;
    while i < input.len() {
        let byte = input[i];
        let mut run: u8 = 1;
        while i + (run as usize) < input.len() && input[i + run as usize] == byte && run < 255 {
            run += 1;
        }
        out.pairs[out.len] = (run, byte);
        out.len += 1;
        i += run as usize;
    }
    out
}

fn decode(enc: &Encoded, dest: &mut [u8]) -> usize {
    let mut written = 0;
    for &(run, byte) in &enc.pairs[..enc.len] {
        for _ in 0..run {
            dest[written] = byte;
            written += 1;
        }
    }
    written
}

fn compression_ratio(original: usize, enc: &Encoded) -> f64 {
    (enc.len * 2) as f64 / original as f64
}

fn show(enc: &Encoded) {
    for (run, byte) in enc.pairs[..enc.len].iter() {
        print!("{}{}", run, *byte as char);
    }
    println!();
}

fn main() {
    let samples: [&[u8]; 3] = [b"aaabbbbcdd", b"wwwwwwwwwwwwbw", b"abc"];
    for s in samples {
        let enc = encode(s);
        show(&enc);
        let mut back = [0u8; 64];
        let n = decode(&enc, &mut back);
        let same = &back[..n] == s;
        println!("round trip {} ratio {:.2}", same, compression_ratio(s.len(), &enc));
    }
}
