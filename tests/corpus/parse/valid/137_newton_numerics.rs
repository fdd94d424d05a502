// Numerical methods: Newton's method, bisection, Simpson integration, with closures over f64.
fn newton<F, D>(f: F, df: D, mut x: f64, tol: f64, max_iter: u32) -> Result<f64, String>
where
    F: Fn(f64) -> f64,
    D: Fn(f64) -> f64,
{
    for i in 0..max_iter {
        let d = df(x);
        if d.abs() < 1e-14 {
            return Err(format!("zero derivative at iteration {i}"));
        }
        let next = x - f(x) / d;
        if (next - x).abs() < tol {
            return Ok(next);
        }
        x = next;
    }
    Err(format!("no convergence after {max_iter} iterations"))
}

fn bisect(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64, tol: f64) -> Option<f64> {
    if f(lo).signum() == f(hi).signum() {
        return None;
    }
    while hi - lo > tol {
        let mid = lo + (hi - lo) / 2.0;
        if f(mid).signum() == f(lo).signum() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some((lo + hi) * 0.5)
}

fn simpson(f: &dyn Fn(f64) -> f64, a: f64, b: f64, n: usize) -> f64 {
    let n = if n % 2 == 1 { n + 1 } else { n };
    let h = (b - a) / n as f64;
    let inner: f64 = (1..n).map(|i| {
        let w = if i % 2 == 0 { 2.0 } else { 4.0 };
        w * f(a + i as f64 * h)
    }).sum();
    h / 3.0 * (f(a) + inner + f(b))
}

fn main() {
    let sqrt2 = newton(|x| x * x - 2.0, |x| 2.0 * x, 1.0, 1e-12, 50);
    let cube = bisect(|x| x.powi(3) - x - 2.0, 1.0, 2.0, 1e-10);
    let area = simpson(&|x: f64| x.sin(), 0.0, std::f64::consts::PI, 100);
    println!("{sqrt2:?} {cube:?} {area:.8}");
    println!("{:?}", newton(|x| x * x + 1.0, |_| 0.0, 0.0, 1e-9, 10));
    println!("{:e} {} {}", f64::EPSILON, f64::NAN.is_nan(), (0.1 + 0.2 - 0.3f64).abs() < 1e-15);
}
