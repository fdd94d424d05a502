// A frame buffer whose dimensions are computed by calls in the type.
const W: usize = 4;
const H: usize = 3;

struct Frame {
    px: [u8; pixel_count()],
}

fn clear() -> [u8; W * H] {
    [0; W * H]
}

fn checksum(px: &[u8]) -> u32 {
    let mut s = 0u32;
    for p in px {
        s = s.wrapping_mul(31).wrapping_add(*p as u32);
    }
    s
}

fn main() {
    let mut buf = clear();
    buf[5] = 9;
    let row: [u8; row_len()] = [1, 2, 3, 4];
    let f = Frame { px: buf };
    println!("{} {}", checksum(&f.px), checksum(&row));
}
