// An impl block for a misspelled type; its methods are called on the real type.
#[derive(Debug, Clone, Copy)]
struct Matrix2 {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
}

impl Matirx2 {
    fn det(&self) -> f64 {
        self.a * self.d - self.b * self.c
    }

    fn identity() -> Matrix2 {
        Matrix2 { a: 1.0, b: 0.0, c: 0.0, d: 1.0 }
    }
}

fn main() {
    let m = Matrix2 { a: 2.0, b: 1.0, c: 1.0, d: 3.0 };
    let d = m.det();
    let i = Matrix2::identity();
    let ratio = d / i.det();
    let n: u32 = m.a;
    println!("{} {} {}", d, ratio, n);
}
