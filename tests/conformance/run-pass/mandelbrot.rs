// ASCII Mandelbrot set with a tiny complex-number struct.
#[derive(Clone, Copy)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn square(self) -> Complex {
        Complex { re: self.re * self.re - self.im * self.im, im: 2.0 * self.re * self.im }
    }
    fn plus(self, o: Complex) -> Complex {
        Complex { re: self.re + o.re, im: self.im + o.im }
    }
    fn norm_sqr(self) -> f64 {
        self.re * self.re + self.im * self.im
    }
}

const MAX_ITER: u32 = 40;

fn escape_time(c: Complex) -> u32 {
    let mut z = Complex { re: 0.0, im: 0.0 };
    for i in 0..MAX_ITER {
        if z.norm_sqr() > 4.0 {
            return i;
        }
        z = z.square().plus(c);
    }
    MAX_ITER
}

fn main() {
    let shades = b" .:-=+*#%@";
    let mut inside = 0;
    for row in 0..21 {
        let im = 1.2 - row as f64 * 0.12;
        for col in 0..64 {
            let re = -2.1 + col as f64 * 0.045;
            let n = escape_time(Complex { re, im });
            if n == MAX_ITER {
                inside += 1;
            }
            let idx = (n as usize * (shades.len() - 1)) / MAX_ITER as usize;
            print!("{}", shades[idx] as char);
        }
        println!();
    }
    println!("{} points inside", inside);
}
