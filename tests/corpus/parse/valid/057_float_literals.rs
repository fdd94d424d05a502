// Float literal forms: decimal point, exponents with signs, suffixes, underscores, trailing dots.
fn main() {
    let a = 1.0;
    let b = 0.5f32;
    let c = 1e10;
    let d = 1E-7;
    let e = 2.5e+3;
    let f = 6.022_140_76e23_f64;
    let g = 1_000.000_1;
    let h = 3.;
    let i = 1e0f32;
    let j = 0.0_f64;
    let k = 1_e3;
    let l = 12E+99_f64;
    let m = 2.;
    let range = 1..2;
    let method = 2.0_f64.sqrt();
    let neg = -0.0f32;
    let tiny = 4.9e-324;
    let dot_then_method = 1.0f64.max(2.0);
    let exp_no_dot = 5e2;
    let huge = f64::MAX;
    let inf = 1.0 / 0.0_f64;
    println!("{a} {b} {c} {d} {e} {f} {g} {h} {i} {j} {k} {l} {m} {range:?}");
    println!("{method} {neg} {tiny} {dot_then_method} {exp_no_dot} {huge} {inf}");
    let arr = [1., 2., 3.];
    let sum: f64 = arr.iter().sum();
    println!("{sum}");
}
