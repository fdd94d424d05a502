// Report printer exercising format specs over every numeric type in the tier.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    id: u8,
    celsius: f32,
    pressure: f64,
    delta: i16,
}

const READINGS: [Reading; 4] = [
    Reading { id: 1, celsius: 21.5, pressure: 101_325.0, delta: -3 },
    Reading { id: 12, celsius: -4.25, pressure: 99_870.125, delta: 17 },
    Reading { id: 255, celsius: 0.1, pressure: 1.0e-3, delta: i16::MIN },
    Reading { id: 7, celsius: 1.0e10, pressure: 6.02214076e23, delta: i16::MAX },
];

fn header() {
    println!("{:^5}|{:^12}|{:^14}|{:^8}", "id", "celsius", "pressure", "delta");
    println!("{:-<5}+{:-<12}+{:-<14}+{:-<8}", "", "", "", "");
}

fn row(r: &Reading) {
    println!("{:>5}|{:>12.3}|{:>14.4e}|{:>+8}", r.id, r.celsius, r.pressure, r.delta);
}

fn main() {
    header();
    for r in &READINGS {
        row(r);
    }
    let x = 255u8;
    let y = -42i64;
    let z = 0xABCDu16;
    println!("[{x:#x}] [{x:#X}] [{x:#o}] [{x:#b}] [{x:>#12b}]");
    println!("[{y:08}] [{y:<8}] [{y:^+9}] [{y:*>10}] [{:x}]", y as u8);
    println!("[{z:06x}] [{z:#010b}] [{0:>1$}] [{0:<w$}]", z, 7, w = 8);
    let f = 3.14159265358979_f64;
    let g = 2.5f32;
    println!("[{f}] [{f:.0}] [{f:.2}] [{f:10.4}] [{f:<10.1}] [{f:+}] [{f:e}] [{f:E}]");
    println!("[{g}] [{g:?}] [{:?}] [{}] [{:?}]", 1.0f64, 1e21f64, 1e-7f64);
    println!("[{}] [{}] [{}] [{}]", f64::NAN, f64::INFINITY, -f64::INFINITY, -0.0f64);
    println!("[{:?}] [{:?}] [{}]", f32::MAX, f64::MIN_POSITIVE, f32::EPSILON);
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", true, 'c', "ab", '\u{e9}');
    println!("[{:?}] [{:?}] [{:?}]", '\n', "tab\there", '\'');
    let big = u128::MAX;
    let small = i128::MIN;
    println!("{big}\n{small}\n{:e}", 1234567u32);
    let width = 6;
    let prec = 2;
    println!("[{:>width$.prec$}] [{:^width$}] [{:0>width$}]", 9.87654, "mid", 42);
    println!("{:#?}", READINGS[1]);
    let pct = 0.12345f64;
    println!("{:.1}% {:07.2}% {:e}", pct * 100.0, -pct * 100.0, pct);
    println!("{:?} {:?}", (1u8, -2i8, 3.0f32), [0.5f64; 3]);
}
