// Exact rational arithmetic with normalization by gcd, comparisons by cross-multiplication,
// and continued-fraction expansion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Ratio {
    num: i64,
    den: i64, // always > 0, gcd(num, den) == 1
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Ratio {
    fn new(num: i64, den: i64) -> Ratio {
        assert!(den != 0, "zero denominator");
        let g = gcd(num, den).max(1);
        let s = den.signum();
        Ratio { num: s * num / g, den: s * den / g }
    }
    fn int(n: i64) -> Ratio {
        Ratio { num: n, den: 1 }
    }
    fn add(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }
    fn sub(self, o: Ratio) -> Ratio {
        self.add(Ratio { num: -o.num, ..o })
    }
    fn mul(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.num, self.den * o.den)
    }
    fn div(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.den, self.den * o.num)
    }
    fn less_than(self, o: Ratio) -> bool {
        (self.num as i128) * (o.den as i128) < (o.num as i128) * (self.den as i128)
    }
    fn floor(self) -> i64 {
        self.num.div_euclid(self.den)
    }
    fn show(self) {
        if self.den == 1 {
            print!("{}", self.num);
        } else {
            print!("{}/{}", self.num, self.den);
        }
    }
}

fn continued_fraction(mut r: Ratio, out: &mut [i64; 16]) -> usize {
    let mut n = 0;
    loop {
        let a = r.floor();
        out[n] = a;
        n += 1;
        let frac = r.sub(Ratio::int(a));
        if frac.num == 0 || n == out.len() {
            break n;
        }
        r = Ratio::int(1).div(frac);
    }
}

fn main() {
    let a = Ratio::new(3, -4);
    let b = Ratio::new(10, 6);
    for (label, r) in [("a", a), ("b", b), ("a+b", a.add(b)), ("a-b", a.sub(b)), ("a*b", a.mul(b)), ("a/b", a.div(b))] {
        print!("{:>4} = ", label);
        r.show();
        println!("  (~{:.4})", r.num as f64 / r.den as f64);
    }
    println!("a < b: {}, b < a: {}", a.less_than(b), b.less_than(a));
    // harmonic numbers
    let mut h = Ratio::int(0);
    for k in 1..=10 {
        h = h.add(Ratio::new(1, k));
    }
    print!("H(10) = ");
    h.show();
    println!();
    let mut cf = [0i64; 16];
    for r in [Ratio::new(415, 93), Ratio::new(-7, 3), h] {
        let n = continued_fraction(r, &mut cf);
        r.show();
        println!(" = {:?}", &cf[..n]);
    }
    assert_eq!(Ratio::new(2, 4), Ratio::new(-1, -2));
}
