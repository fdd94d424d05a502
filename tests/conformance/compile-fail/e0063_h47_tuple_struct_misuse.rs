// Tuple structs and unit structs: construction, patterns, .0 fields.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Range(i32, i32);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Empty;

impl Range {
    fn contains(&self, v: i32) -> bool {
        v >= self.0 && v < self.1
    }

    fn width(self) -> i32 {
        let Range(lo, hi) = self;
        hi - lo
    }
}

fn classify(c: Celsius) -> &'static str {
    match c {
        Celsius(t) if t < 0.0 => "freezing",
        Celsius(t) if t < 25.0 => "mild",
        Celsius { 0: _ } => "hot",
    }
}

fn main() {
    let r = Range(3, 9);
    let t = Celsius(21.5);
    let e = Empty;
    println!("{} {} {}", r.contains(4), r.width(), classify(t));
    let Range { 0: lo, 1: hi } = r;
    println!("{} {}", lo, hi);
    let bad = Range { 0: 1 };
    let Range(a) = r;
    let unit = Empty {};
    let x = Empty(1);
    println!("{:?} {:?} {} {:?} {:?}", bad, e, a, unit, x);
    println!("{}", t.1);
}
