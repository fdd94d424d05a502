// Show numbers in different bases, the way a bit-twiddling tutorial might.
fn show(n: u32) {
    println!("dec={n} hex={n:x} HEX={n:X} oct={n:o} bin={n:b}");
    println!("alt: {:#x} {:#X} {:#o} {:#b}", n, n, n, n);
    println!("padded: {:#010x} {:08b} {:>#12b}", n, n & 0xff, n & 0xf);
}

fn main() {
    let values = [0u32, 1, 255, 4096, 0xdead_beef];
    for v in values {
        show(v);
    }
    let neg: i8 = -1;
    println!("{:x} {:b}", neg, neg);
    let big: i64 = -42;
    println!("{:+} {:+} {:+05}", big, 42, 7);
    let e = 1234.5f64;
    println!("{:e} {:E} {:.2e}", e, e, e);
    let tiny = 0.00012f32;
    println!("{:e}", tiny);
    println!("{:e}", 1500u32);
}
