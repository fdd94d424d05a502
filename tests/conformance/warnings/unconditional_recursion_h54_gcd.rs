// lints: unconditional_recursion
// GCD / LCM and fraction reduction, with a recursive helper gone wrong.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Fraction {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

fn lcm(a: i64, b: i64) -> i64 {
    (a / gcd(a, b) * b).abs()
}

impl Fraction {
    fn new(num: i64, den: i64) -> Fraction {
        assert!(den != 0, "zero denominator");
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Fraction { num: sign * num / g, den: sign * den / g }
    }

    fn add(self, other: Fraction) -> Fraction {
        let d = lcm(self.den, other.den);
        Fraction::new(self.num * (d / self.den) + other.num * (d / other.den), d)
    }

    fn mul(self, other: Fraction) -> Fraction {
        Fraction::new(self.num * other.num, self.den * other.den)
    }

    fn reciprocal(self) -> Fraction {
        Fraction::new(self.den, self.num)
    }

    fn div(self, other: Fraction) -> Fraction {
        self.div(other.reciprocal())
    }

    fn print(&self) {
        if self.den == 1 {
            println!("{}", self.num);
        } else {
            println!("{}/{}", self.num, self.den);
        }
    }
}

fn harmonic(n: i64) -> Fraction {
    let mut total = Fraction::new(0, 1);
    for k in 1..=n {
        total = total.add(Fraction::new(1, k));
    }
    total
}

fn main() {
    let a = Fraction::new(6, -8);
    let b = Fraction::new(5, 12);
    a.print();
    a.add(b).print();
    a.mul(b).print();
    a.div(b).print();
    harmonic(6).print();
    println!("lcm(4, 6) = {}", lcm(4, 6));
}
