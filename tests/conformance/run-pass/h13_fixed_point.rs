// Q16.16 fixed-point arithmetic in a tuple struct: saturating ops, i64 widening, casts to floats.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Fx(i32);

impl Fx {
    const FRAC_BITS: u32 = 16;
    const ONE: Fx = Fx(1 << Fx::FRAC_BITS);
    const HALF: Fx = Fx(Fx::ONE.0 / 2);
    const MAX: Fx = Fx(i32::MAX);

    fn from_int(n: i16) -> Fx {
        Fx((n as i32) << Self::FRAC_BITS)
    }

    fn from_f64(v: f64) -> Fx {
        Fx((v * Self::ONE.0 as f64).round() as i32)
    }

    fn to_f64(self) -> f64 {
        self.0 as f64 / Self::ONE.0 as f64
    }

    fn add(self, o: Fx) -> Fx {
        Fx(self.0.saturating_add(o.0))
    }

    fn mul(self, o: Fx) -> Fx {
        let wide = self.0 as i64 * o.0 as i64;
        let shifted = wide >> Self::FRAC_BITS;
        Fx(shifted.clamp(i32::MIN as i64, i32::MAX as i64) as i32)
    }

    fn div(self, o: Fx) -> Fx {
        if o.0 == 0 {
            return if self.0 >= 0 { Self::MAX } else { Fx(i32::MIN) };
        }
        Fx((((self.0 as i64) << Self::FRAC_BITS) / o.0 as i64) as i32)
    }
}

impl Fx {
    fn sqrt(self) -> Fx {
        if self.0 <= 0 {
            return Fx(0);
        }
        let mut x = Fx(self.0.max(Self::ONE.0));
        for _ in 0..20 {
            x = x.add(self.div(x)).mul(Self::HALF);
        }
        x
    }

    fn int_part(self) -> i32 {
        self.0 >> Self::FRAC_BITS
    }

    fn frac_part(self) -> u16 {
        (self.0 & 0xFFFF) as u16
    }
}

fn horner(coeffs: &[Fx], x: Fx) -> Fx {
    let mut acc = Fx(0);
    for i in (0..coeffs.len()).rev() {
        acc = acc.mul(x).add(coeffs[i]);
    }
    acc
}

fn main() {
    let a = Fx::from_f64(3.25);
    let b = Fx::from_int(-2);
    println!("a={:?} b={:?} one={:#x} half={:#x}", a, b, Fx::ONE.0, Fx::HALF.0);
    let ops = [a.add(b), a.mul(b), a.div(b), b.div(Fx(0)), Fx::MAX.add(a), a.sqrt(), Fx::from_int(2).sqrt()];
    for (i, r) in ops.iter().enumerate() {
        println!("op{i}: raw {:>11} = {:>14.6} int {:>6} frac {:#06x}", r.0, r.to_f64(), r.int_part(), r.frac_part());
    }
    let poly = [Fx::from_int(1), Fx::from_f64(-0.5), Fx::from_f64(0.125)];
    for step in (0..=8).step_by(2) {
        let x = Fx::from_f64(step as f64 * 0.5);
        let y = horner(&poly, x);
        println!("p({:.1}) = {:.5}", x.to_f64(), y.to_f64());
    }
    println!("a < b: {}, a > HALF: {}", a < b, a > Fx::HALF);
    let as_f32 = a.to_f64() as f32;
    let back = as_f32 as i8 as u64 as f64;
    println!("{as_f32} {back} {} {}", -1.9f64 as u8, 300.7f32 as u8);
    println!("{} {} {}", f64::MAX as i32, f64::NAN as i64, (-0.5f32) as i16);
    println!("{} {}", u64::MAX as f32, i128::MIN as f64);
}
