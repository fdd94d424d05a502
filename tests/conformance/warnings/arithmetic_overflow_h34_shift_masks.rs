// lints: arithmetic_overflow
// regen: build
// Register masks computed with shifts that overflow the type, a common slip
// when porting C code where the operand is promoted to int.

const CHANNELS: u32 = 8;

fn channel_mask(ch: u32) -> u32 {
    1 << ch
}

fn main() {
    let top: u8 = 1u8 << 8;
    let wide: i32 = 1 << 32;
    let neg: i64 = -1i64 >> 64;
    let sum: u8 = 200 + 100;
    let fine: u64 = 1u64 << 40;
    println!("{} {} {} {} {}", top, wide, neg, sum, fine);
    for ch in 0..CHANNELS {
        print!("{:08b} ", channel_mask(ch));
    }
    println!();
}
