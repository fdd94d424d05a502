// Q16.16 fixed-point arithmetic compared against floating point.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Fixed(i32);

impl Fixed {
    const FRAC_BITS: u32 = 16;
    const ONE: Fixed = Fixed(1 << 16);

    fn from_f64(v: f64) -> Fixed {
        Fixed((v * (1u32 << Self::FRAC_BITS) as f64).round() as i32)
    }
    fn to_f64(self) -> f64 {
        self.0 as f64 / (1u32 << Self::FRAC_BITS) as f64
    }
    fn mul(self, o: Fixed) -> Fixed {
        Fixed(((self.0 as i64 * o.0 as i64) >> Self::FRAC_BITS) as i32)
    }
    fn div(self, o: Fixed) -> Fixed {
        Fixed((((self.0 as i64) << Self::FRAC_BITS) / o.0 as i64) as i32)
    }
    fn add(self, o: Fixed) -> Fixed {
        Fixed(self.0 + o.0)
    }
}

fn main() {
    let pairs = [(1.5, 2.25), (-3.75, 0.5), (100.125, -0.01), (0.333, 3.0)];
    for (a, b) in pairs {
        let fa = Fixed::from_f64(a);
        let fb = Fixed::from_f64(b);
        println!("{:>8} * {:>6} = {:>12.6} (float {:>12.6})", a, b, fa.mul(fb).to_f64(), a * b);
        println!("{:>8} / {:>6} = {:>12.6} (float {:>12.6})", a, b, fa.div(fb).to_f64(), a / b);
    }
    let mut x = Fixed::ONE;
    for _ in 0..10 {
        x = x.add(Fixed::from_f64(0.1));
    }
    println!("1 + 10 * 0.1 = {} ({:?})", x.to_f64(), x);
    println!("ONE < x: {}", Fixed::ONE < x);
}
