// Prints a table of numeric conversions: truncation, sign changes, float saturation, char codes.
const INTS: [i64; 6] = [0, 127, 128, -1, 300, i64::MIN];
const FLOATS: [f64; 7] = [0.4, -0.6, 255.9, 256.0, -1e10, f64::NAN, f64::INFINITY];

fn show_int(v: i64) {
    let a = v as i8;
    let b = v as u8;
    let c = v as u16;
    let d = v as i32 as u32;
    let e = v as f32;
    println!("{:>20} | i8 {:>4} | u8 {:>3} | u16 {:>5} | i32->u32 {:>10} | f32 {:e}", v, a, b, c, d, e);
}

fn show_float(f: f64) {
    let (u, i, w) = (f as u8, f as i32, f as u64);
    let r = f.round();
    let kind = match (f.is_nan(), f.is_finite()) {
        (true, _) => "nan",
        (false, false) => "inf",
        (false, true) if f.fract() == 0.0 => "whole",
        _ => "frac",
    };
    println!("{:>12} -> u8 {:>3} i32 {:>11} u64 {:>20} round {:>8} [{}]", f, u, i, w, r, kind);
}

fn widen_narrow() {
    let x: u128 = u64::MAX as u128 * 3 + 7;
    let y = x as u64;
    let z = (x >> 64) as u8;
    let neg: i128 = -(x as i128);
    println!("u128 {} -> low u64 {} high {} neg {}", x, y, z, neg);
    let small: i8 = -128;
    let (abs, over) = small.overflowing_abs();
    println!("i8 {} wrapping_abs {} overflowed {} unsigned_abs {}", small, abs, over, small.unsigned_abs());
    println!("i16 sat: {} {} wrap: {}", i16::MAX.saturating_add(1), i16::MIN.saturating_sub(1), i16::MAX.wrapping_add(1));
    println!("u16 pow: {} {}", 2u16.pow(15), 3u16.wrapping_pow(11));
}

fn char_codes() {
    for c in ['A', 'z', '0', ' ', '\u{e9}', '\u{3bb}', '\u{1F980}'] {
        let code = c as u32;
        let byte = c as u8;
        let kinds = [c.is_alphabetic(), c.is_numeric(), c.is_whitespace(), c.is_ascii()];
        println!("{:?} U+{:05X} as u8 {:>3} len {} {:?}", c, code, byte, c.len_utf8(), kinds);
    }
    let mut shifted = [' '; 5];
    for (i, b) in (b'a'..b'f').enumerate() {
        shifted[i] = (b - 32) as char;
    }
    println!("{:?}", shifted);
}

fn main() {
    for v in INTS {
        show_int(v);
    }
    for f in FLOATS {
        show_float(f);
    }
    widen_narrow();
    char_codes();
    println!("bool as int: {} {}", true as i32 - false as i32, (3 > 2) as u8 * 10);
}
