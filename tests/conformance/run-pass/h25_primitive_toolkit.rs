// A signal-processing toolkit exercising the primitive methods of tier L1 with explicit types.
fn integer_ops() {
    let a: i32 = -17;
    let b: u8 = 200;
    let abs: i32 = a.abs();
    let pw: i64 = 3i64.pow(20);
    let mn: i32 = a.min(4);
    let mx: u8 = b.max(201);
    let cl: i16 = 500i16.clamp(-100, 100);
    let sg: i32 = a.signum();
    let re: i32 = a.rem_euclid(5);
    let de: i32 = a.div_euclid(5);
    let wa: u8 = b.wrapping_add(100);
    let ws: u8 = 3u8.wrapping_sub(5);
    let wm: i8 = 100i8.wrapping_mul(3);
    let wn: i32 = i32::MIN.wrapping_neg();
    let sa: u8 = b.saturating_add(100);
    let ss: i8 = (-100i8).saturating_sub(100);
    let (ov, flag): (u8, bool) = b.overflowing_add(60);
    let (om, mflag): (i32, bool) = i32::MAX.overflowing_mul(2);
    let co: u32 = 0b1011_0110u8.count_ones();
    let lz: u32 = 1u16.leading_zeros();
    let tz: u32 = 40u64.trailing_zeros();
    let rl: u8 = 0b1000_0001u8.rotate_left(1);
    let rr: u32 = 1u32.rotate_right(1);
    let sw: u16 = 0x1234u16.swap_bytes();
    let p2: bool = 64usize.is_power_of_two();
    let ad: u32 = 5i32.abs_diff(-7);
    let adu: u8 = 3u8.abs_diff(250);
    println!("{} {} {} {} {} {} {} {}", abs, pw, mn, mx, cl, sg, re, de);
    println!("{} {} {} {} {} {}", wa, ws, wm, wn, sa, ss);
    println!("{} {} {} {} {} {} {}", ov, flag, om, mflag, co, lz, tz);
    println!("{:08b} {:#x} {:#06x} {} {} {}", rl, rr, sw, p2, ad, adu);
    println!("{} {} {} {}", u8::MAX, i64::MIN, u128::BITS, isize::BITS);
}

fn float_ops() {
    let x: f64 = -2.75;
    let y: f32 = 9.0;
    let r: f64 = x.abs().sqrt();
    let c: f64 = 27.0f64.cbrt();
    let pi: f64 = 2.0f64.powi(10);
    let pf: f32 = y.powf(0.5);
    let parts: [f64; 5] = [x.floor(), x.ceil(), x.round(), x.trunc(), x.fract()];
    let mm: f64 = x.min(1.0).max(-2.0);
    let cl: f64 = 7.5f64.clamp(0.0, 5.0);
    let fm: f64 = 2.0f64.mul_add(3.0, 1.0);
    let trig: f64 = (std::f64::consts::PI / 6.0).sin() + 0.0f64.cos() + 1.0f64.atan2(1.0) + 0.5f64.tan();
    let logs: f64 = 1.0f64.exp() + std::f64::consts::E.ln() + 8.0f64.log2() + 1000.0f64.log10();
    let h: f64 = 3.0f64.hypot(4.0);
    let nan: bool = f64::NAN.is_nan();
    let fin: bool = f64::INFINITY.is_finite();
    let bits: u64 = 1.0f64.to_bits();
    let back: f64 = f64::from_bits(bits);
    let eps: bool = (0.1 + 0.2 - 0.3f64).abs() < f64::EPSILON;
    println!("{} {} {} {} {:?} {} {} {}", r, c, pi, pf, parts, mm, cl, fm);
    println!("{:.6} {:.6} {} {} {} {:x} {} {}", trig, logs, h, nan, fin, bits, back, eps);
    println!("{} {} {}", f32::MAX, f64::MIN_POSITIVE, std::f32::consts::TAU);
}

fn char_ops() {
    let word = ['R', 'u', 's', 't', ' ', '9', 'é', '_'];
    for c in word {
        let flags: [bool; 4] = [c.is_alphabetic(), c.is_numeric(), c.is_alphanumeric(), c.is_whitespace()];
        let ascii: [bool; 5] = [
            c.is_ascii(),
            c.is_ascii_uppercase(),
            c.is_ascii_lowercase(),
            c.is_ascii_digit(),
            c.is_ascii_punctuation(),
        ];
        let up: char = c.to_ascii_uppercase();
        let low: char = c.to_ascii_lowercase();
        let len: usize = c.len_utf8();
        println!("{:?} {:?} {:?} {} {} {}", c, flags, ascii, up, low, len);
    }
    let b: u8 = b'k';
    let bu: u8 = b.to_ascii_uppercase();
    let hex: bool = b'F'.is_ascii_hexdigit();
    let alpha: bool = b.is_ascii_alphabetic();
    println!("{} {} {} {} {}", bu, bu as char, hex, alpha, b.is_ascii_graphic());
}

fn main() {
    integer_ops();
    float_ops();
    char_ops();
}
