// Polynomial evaluation (Horner), derivative, and Newton's method for a root.
const DEGREE: usize = 4;
type Poly = [f64; DEGREE + 1]; // coefficients, lowest power first

fn eval(p: &Poly, x: f64) -> f64 {
    let mut acc = 0.0;
    for i in (0..p.len()).rev() {
        acc = acc * x + p[i];
    }
    acc
}

fn derivative(p: &Poly) -> Poly {
    let mut d = [0.0; DEGREE + 1];
    for i in 1..p.len() {
        d[i - 1] = p[i] * i as f64;
    }
    d
}

fn print_poly(p: &Poly) {
    let mut first = true;
    for i in (0..p.len()).rev() {
        if p[i] == 0.0 {
            continue;
        }
        if !first {
            print!(" + ");
        }
        match i {
            0 => print!("{}", p[i]),
            1 => print!("{}x", p[i]),
            _ => print!("{}x^{}", p[i], i),
        }
        first = false;
    }
    println!();
}

fn newton(p: &Poly, mut x: f64) -> (f64, u32) {
    let d = derivative(p);
    let mut iterations = 0;
    while eval(p, x).abs() > 1e-12 && iterations < 50 {
        x -= eval(p, x) / eval(&d, x);
        iterations += 1;
    }
    (x, iterations)
}

fn main() {
    let p: Poly = [-6.0, 11.0, -6.0, 1.0, 0.0]; // (x-1)(x-2)(x-3)
    print_poly(&p);
    print_poly(&derivative(&p));
    for start in [0.0, 1.6, 2.4, 10.0] {
        let (root, n) = newton(&p, start);
        println!("from {:>4}: root {:.10} in {} steps", start, root, n);
    }
    println!("p(0.5) = {}", eval(&p, 0.5));
}
