// Q16.16 fixed-point arithmetic in a newtype with associated consts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Fx(i32);

impl Fx {
    const FRAC_BITS: u32 = 16;
    const ONE: Fx = Fx(1 << Self::FRAC_BITS);
    const HALF: Fx = Fx(Self::ONE.0 / 2);
    const MAX: Fx = Fx(i32::MAX);
    const MIN: Fx = Fx(i32::MIN);

    fn from_int(n: i32) -> Fx {
        Fx(n << Self::FRAC_BITS)
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

    fn sub(self, o: Fx) -> Fx {
        Fx(self.0.saturating_sub(o.0))
    }

    fn mul(self, o: Fx) -> Fx {
        let wide = (self.0 as i64 * o.0 as i64) >> Self::FRAC_BITS;
        Fx(wide.clamp(i32::MIN as i64, i32::MAX as i64) as i32)
    }

    fn div(self, o: Fx) -> Fx {
        assert!(o.0 != 0, "fixed-point division by zero");
        let wide = ((self.0 as i64) << Self::FRAC_BITS) / o.0 as i64;
        Fx(wide.clamp(Self::MIN.0 as i64, Self::MAX.0 as i64) as i32)
    }

    fn floor(self) -> i32 {
        self.0 >> Self::FRAC_BITS
    }

    fn frac(self) -> Fx {
        Fx(self.0 & (Self::ONE.0 - 1))
    }

    fn sqrt(self) -> Fx {
        // Newton iterations in fixed point
        if self.0 <= 0 {
            return Fx::default();
        }
        let mut x = if self > Self::ONE { self.div(Fx::from_int(2)) } else { Self::ONE };
        for _ in 0..20 {
            let next = x.add(self.div(x)).div(Fx::from_int(2));
            if next == x {
                break;
            }
            x = next;
        }
        x
    }
}

fn main() {
    let a = Fx::from_f64(3.25);
    let b = Fx::from_f64(-1.5);
    println!("a={:?} b={:?}", a, b);
    println!("a+b={:.4}", a.add(b).to_f64());
    println!("a-b={:.4}", a.sub(b).to_f64());
    println!("a*b={:.4}", a.mul(b).to_f64());
    println!("a/b={:.4}", a.div(b).to_f64());
    println!("floor(b)={} frac(a)={:.4}", b.floor(), a.frac().to_f64());
    println!("half={:.2}", Fx::HALF.to_f64());
    for n in [2, 10, 144, 1000] {
        let r = Fx::from_int(n).sqrt();
        println!("sqrt({:>4}) = {:>10.5} (f64 {:.5})", n, r.to_f64(), (n as f64).sqrt());
    }
    let big = Fx::from_int(30000);
    println!("saturating mul: {}", big.mul(big) == Fx::MAX);
    let mut vals = [a, b, Fx::ONE, Fx::HALF, Fx::MIN];
    // insertion sort on the derived ordering
    for i in 1..vals.len() {
        let mut j = i;
        while j > 0 && vals[j - 1] > vals[j] {
            let t = vals[j];
            vals[j] = vals[j - 1];
            vals[j - 1] = t;
            j -= 1;
        }
    }
    for v in &vals {
        print!("{:.3} ", v.to_f64());
    }
    println!();
    let top = if vals[0] > vals[4] { vals[0] } else { vals[4] };
    println!("max={:?}", top);
}
