// Exact fraction arithmetic with gcd normalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Frac {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Frac {
    fn new(num: i64, den: i64) -> Frac {
        assert!(den != 0, "zero denominator");
        let g = gcd(num, den).max(1);
        let sign = if den < 0 { -1 } else { 1 };
        Frac { num: sign * num / g, den: sign * den / g }
    }
    fn add(self, o: Frac) -> Frac {
        Frac::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }
    fn mul(self, o: Frac) -> Frac {
        Frac::new(self.num * o.num, self.den * o.den)
    }
    fn recip(self) -> Frac {
        Frac::new(self.den, self.num)
    }
    fn show(self) {
        if self.den == 1 {
            print!("{}", self.num);
        } else {
            print!("{}/{}", self.num, self.den);
        }
    }
}

fn main() {
    // harmonic numbers
    let mut h = Frac::new(0, 1);
    for k in 1..=10 {
        h = h.add(Frac::new(1, k));
        print!("H({}) = ", k);
        h.show();
        println!(" ~ {:.6}", h.num as f64 / h.den as f64);
    }
    // continued fraction of sqrt(2) convergents
    let mut x = Frac::new(1, 1);
    for _ in 0..8 {
        x = Frac::new(1, 1).add(Frac::new(1, 1).add(x).recip());
    }
    x.show();
    println!();
    let p = Frac::new(6, -8).mul(Frac::new(-4, 9));
    println!("{:?} lcm(12, 18) = {}", p, 12 * 18 / gcd(12, 18));
}
