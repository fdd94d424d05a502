// Integer literal forms: decimal, hex, octal, binary, underscores, every suffix.
fn main() {
    let dec = 1_000_000;
    let hex = 0xDEAD_beef_u32;
    let hex_upper = 0xFF;
    let oct = 0o755;
    let bin = 0b1010_1010u8;
    let leading_underscore_digits = 0x_ff;
    let trailing = 1_000_;
    let a = 1u8;
    let b = 2u16;
    let c = 3u32;
    let d = 4u64;
    let e = 5u128;
    let f = 6usize;
    let g = -7i8;
    let h = -8i16;
    let i = -9i32;
    let j = -10i64;
    let k = -11i128;
    let l = -12isize;
    let with_sep = 1_2_3_i64;
    let max = 340_282_366_920_938_463_463_374_607_431_768_211_455u128;
    let min = -128_i8;
    let zero = 0;
    let zeros = 000_000;
    let leading_zero = 007;
    let int_as_float = 1f64;
    let int_as_f32 = 2_f32;
    let hex_e = 0x1e5;
    let bin_digits = 0b_0000_0001;
    let method = 5i32.pow(2) + 1_u8.max(2) as i32;
    let tuple_index = (1, 2).1;
    println!("{dec} {hex} {hex_upper} {oct} {bin} {leading_underscore_digits} {trailing}");
    println!("{a} {b} {c} {d} {e} {f} {g} {h} {i} {j} {k} {l}");
    println!("{with_sep} {max} {min} {zero} {zeros} {leading_zero} {int_as_float} {int_as_f32}");
    println!("{hex_e} {bin_digits} {method} {tuple_index}");
}
