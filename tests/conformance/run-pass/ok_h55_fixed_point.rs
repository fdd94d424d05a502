// Q16.16 fixed point arithmetic
#[derive(Debug, Clone, Copy, PartialEq)]
struct Fix(i32);

impl Fix {
    const FRAC_BITS: u32 = 16;
    const ONE: Fix = Fix(1 << 16);

    fn from_int(n: i32) -> Fix {
        Fix(n << Self::FRAC_BITS)
    }

    fn from_f64(x: f64) -> Fix {
        Fix((x * 65536.0).round() as i32)
    }

    fn to_f64(self) -> f64 {
        self.0 as f64 / 65536.0
    }

    fn mul(self, other: Fix) -> Fix {
        let wide = (self.0 as i64) * (other.0 as i64);
        Fix((wide >> Self::FRAC_BITS) as i32)
    }

    fn div(self, other: Fix) -> Fix {
        let wide = ((self.0 as i64) << Self::FRAC_BITS) / other.0 as i64;
        Fix(wide as i32)
    }

    fn add_sat(self, other: Fix) -> Fix {
        Fix(self.0.saturating_add(other.0))
    }

    fn abs(self) -> Fix {
        Fix(self.0.abs())
    }

    fn floor(self) -> i32 {
        self.0.div_euclid(1 << Self::FRAC_BITS)
    }

    fn frac(self) -> i32 {
        self.0.rem_euclid(1 << Self::FRAC_BITS)
    }
}

fn main() {
    let a = Fix::from_f64(3.25);
    let b = Fix::from_int(-2);
    let c = a.mul(b);
    println!("{:?} * {:?} = {:?} ({})", a, b, c, c.to_f64());
    let d = a.div(b);
    println!("div = {}", d.to_f64());
    println!("abs = {}", c.abs().to_f64());
    println!("floor(-6.5) = {}, frac = {}", c.floor(), c.frac());
    let big = Fix(i32::MAX - 5);
    println!("saturated: {:?}", big.add_sat(Fix::ONE));
    let half = Fix::ONE.div(Fix::from_int(2));
    assert_eq!(half.to_f64(), 0.5);
    let signs = [c.0.signum(), a.0.signum(), 0i32.signum()];
    println!("{:?}", signs);
}
