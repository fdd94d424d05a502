use std::f64::consts::PI;

fn circle_area(r: f64) -> f64 {
    PI * r.powi(2)
}

fn main() {
    let x: f64 = 2.5;
    println!("{} {} {} {}", x.floor(), x.ceil(), x.round(), x.trunc());
    println!("{:.3} {}", x.fract(), x.cbrt());
    println!("{:.4}", circle_area(1.5));
    println!("{}", x.powf(0.5));
    println!("{}", 1.0f64.atan2(1.0));
    println!("{} {}", x.mul_add(2.0, 1.0), 3.0f64.hypot(4.0));
    println!("{} {}", f64::NAN.is_nan(), f64::INFINITY.is_finite());
    println!("{:.3} {:.3} {:.3}", x.sin(), x.cos(), x.tan());
    println!("{:.3} {:.3} {:.3} {:.3}", x.exp(), x.ln(), x.log2(), x.log10());
    println!("{} {}", x.min(1.0), x.max(1.0));
    println!("{}", x.clamp(0.0, 2.0));
    println!("{}", f32::EPSILON);
    let bits = x.to_bits();
    println!("{:x} {}", bits, f64::from_bits(bits));
    println!("{}", std::f32::consts::E);
    println!("{} {}", f64::MAX, f64::MIN_POSITIVE);
}
