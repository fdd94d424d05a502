use bits::{hash, parity};

fn main() {
    let mut acc: u32 = 0;
    for i in 0..5u32 {
        let h = hash(i);
        acc.wrapping_add(h);
        acc = acc ^ h;
        println!("{} {:08x} {}", i, h, parity(h));
    }
    acc.count_ones();
    let unused_mask = 0xffu32;
    println!("{}", acc);
}
