// rustc --edition 2021 (1.95): no lexical diagnostics
const A: [f64; 13] = [1.0, 1e10, 1.5E-3, 1_000.0, 2., 0.1, 1e+3, 7E-0_1, 3f32 as f64, 2.5f64, 1e3_f64, 0., 6.02e23];
const B: [u64; 9] = [0, 1_000, 0xff, 0xFF_u64 as u64, 0o17, 0b1010, 1u64, 0x_1f, 00];
fn main() {
    let r = 1..2; let s = 1..=2; let t = (1, (2, 3)); let _ = t.1.0; let _ = 1.max(2); let _ = 2.0.max(1.5);
    let _ = 1i8; let _ = 2i16; let _ = 3i32; let _ = 4i64; let _ = 5i128; let _ = 6isize;
    let _ = 7u8; let _ = 8u16; let _ = 9u32; let _ = 10u64; let _ = 11u128; let _ = 12usize;
    let _ = 340282366920938463463374607431768211455u128; let _ = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffffu128;
    let _ = (r, s);
}
