// A C++-style impl block that declares items before defining them.
#[derive(Debug, Clone, Copy)]
struct Matrix2 {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
}

impl Matrix2 {
    const IDENTITY: Matrix2;
    fn det(&self) -> f64;
    fn transpose(&self) -> Matrix2;
}

impl Matrix2 {
    fn new(a: f64, b: f64, c: f64, d: f64) -> Matrix2 {
        Matrix2 { a, b, c, d }
    }

    fn mul(&self, o: &Matrix2) -> Matrix2 {
        Matrix2::new(
            self.a * o.a + self.b * o.c,
            self.a * o.b + self.b * o.d,
            self.c * o.a + self.d * o.c,
            self.c * o.b + self.d * o.d,
        )
    }
}

fn main() {
    let m = Matrix2::new(1.0, 2.0, 3.0, 4.0);
    let p = m.mul(&Matrix2::IDENTITY);
    println!("{:?} {}", p, m.det());
    println!("{:?}", m.inverse());
}
