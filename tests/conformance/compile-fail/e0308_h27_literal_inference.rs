// Buffer sizing: literal types are fixed by their first use and clash later.
fn alloc_pages(count: u16) -> u32 {
    count as u32 * 4096
}

fn align(v: usize, to: usize) -> usize {
    (v + to - 1) / to * to
}

fn main() {
    let pages = 3;
    let bytes = alloc_pages(pages);
    let header = 64;
    let total = align(header, 16);
    let padded: u32 = total + bytes;
    let shift = 2;
    let small: u8 = 1 << shift;
    let wide: u64 = bytes << shift;
    let ratio = 3;
    let scaled = 1.5 * ratio;
    println!("{} {} {} {}", padded, small, wide, scaled);
    let mut acc = 0;
    for i in 0..pages {
        acc += i;
    }
    let out: u32 = acc;
    println!("{}", out);
}
