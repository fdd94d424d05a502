// lints: unused_variables unused_assignments unused_mut
// Lint levels on individual statements, blocks and expressions.
#[derive(Clone, Copy)]
struct Frame {
    seq: u32,
    len: u16,
}

fn checksum(frames: &[Frame]) -> u32 {
    let mut acc = 0u32;
    #[allow(unused_variables)]
    let first_seq = frames[0].seq;
    let last_seq = frames[frames.len() - 1].seq;
    for f in frames {
        #[allow(unused_assignments)]
        {
            acc = 0;
        }
        acc = acc.wrapping_add(f.seq * f.len as u32);
    }
    acc
}

fn split(frames: &[Frame]) -> (u32, u32) {
    let mut small = 0;
    let mut large = 0;
    #[allow(unused_mut)]
    let mut label = "split";
    let mut scratch = 1;
    for f in frames {
        if f.len < 100 {
            small += 1;
        } else {
            large += 1;
        }
    }
    let mut count = 0;
    count = small + large;
    #[allow(unused_assignments)]
    let mut ignored = 0;
    ignored = 5;
    (small, large)
}

fn main() {
    let frames = [Frame { seq: 1, len: 60 }, Frame { seq: 2, len: 300 }, Frame { seq: 3, len: 20 }];
    let (s, l) = split(&frames);
    #[deny(unused_variables)]
    let sum = checksum(&frames);
    println!("{} {}", s, l);
}
