// Unit conversions where arguments and returns have the wrong types.
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Feet(f64);

fn to_feet(m: Meters) -> Feet {
    Feet(m.0 * 3.28084)
}

fn scale(m: &Meters, k: f64) -> Meters {
    Meters(m.0 * k)
}

fn count_steps(len: Meters, step: f64) -> u32 {
    (len.0 / step) as u32
}

fn label(feet: Feet) -> &'static str {
    if feet.0 > 10.0 { "long" } else { 0 }
}

fn ratio(a: Meters, b: Meters) -> f64 {
    a.0 / b
}

fn main() {
    let m = Meters(4.0);
    let f = to_feet(Feet(2.0));
    let s = scale(m, 2.0);
    let n = count_steps(m, 2);
    let k: u32 = count_steps(s, 0.5) + 1.0;
    println!("{:?} {:?} {} {}", f, s, n, k);
    println!("{} {}", label(to_feet(m)), ratio(m, m));
    let mut total: u64 = 0;
    total += n;
    println!("{}", total);
}
