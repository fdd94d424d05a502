// 3x3 matrix utilities.
const N: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat {
    m: [[f64; N]; N],
}

impl Mat {
    const IDENTITY: Mat = Mat { m: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]] };

    fn zero() -> Mat {
        Mat { m: [[0.0; N]; N] }
    }

    fn mul(&self, o: &Mat) -> Mat {
        let mut r = Mat::zero();
        for i in 0..N {
            for j in 0..N {
                let mut s = 0.0;
                for k in 0..N {
                    s += self.m[i][k] * o.m[k][j];
                }
                r.m[i][j] = s;
            }
        }
        r
    }

    fn trace(&self) -> f64 {
        let mut t = 0;
        for i in 0..N {
            t += self.m[i][i];
        }
        t
    }

    fn scale(&mut self, k: f32) {
        for row in self.m.iter_mut() {
            for v in row.iter_mut() {
                *v *= k;
            }
        }
    }

    fn det2(a: f64, b: f64, c: f64, d: f64) -> f64 {
        a * d - b * c
    }
}

fn main() {
    let a = Mat::IDENTITY;
    let b = a.mul(&a);
    let mut c = b;
    c.scale(2.0);
    let d = Mat::det2(1.0, 2.0, 3.0, 4);
    println!("{} {} {}", b == a, c.trace(), d);
    let rows = a.m.len() as u32 * N;
    println!("{}", rows);
}
