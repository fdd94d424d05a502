// Dense 4x4 matrix library with Gaussian elimination and a small
// linear-system solver, plus statistics over rows.

const N: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix {
    a: [[f64; N]; N],
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vector {
    v: [f64; N],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Solve {
    Unique,
    Singular,
}

impl Vector {
    fn zero() -> Vector {
        Vector { v: [0.0; N] }
    }

    fn from(v: [f64; N]) -> Vector {
        Vector { v }
    }

    fn dot(&self, o: &Vector) -> f64 {
        let mut s = 0.0;
        for i in 0..N {
            s += self.v[i] * o.v[i];
        }
        s
    }

    fn norm(&self) -> f64 {
        self.dot(self).sqrt()
    }

    fn sub(&self, o: &Vector) -> Vector {
        let mut r = Vector::zero();
        for i in 0..N {
            r.v[i] = self.v[i] - o.v[i];
        }
        r
    }
}

impl Matrix {
    fn identity() -> Matrix {
        let mut a = [[0.0; N]; N];
        for i in 0..N {
            a[i][i] = 1.0;
        }
        Matrix { a }
    }

    fn transpose(&self) -> Matrix {
        let mut t = *self;
        for i in 0..N {
            for j in 0..N {
                t.a[i][j] = self.a[j][i];
            }
        }
        t
    }

    fn mul(&self, o: &Matrix) -> Matrix {
        let mut r = Matrix { a: [[0.0; N]; N] };
        for i in 0..N {
            for j in 0..N {
                for k in 0..N {
                    r.a[i][j] += self.a[i][k] * o.a[k][j];
                }
            }
        }
        r
    }

    fn apply(&self, x: &Vector) -> Vector {
        let mut r = Vector::zero();
        for i in 0..N {
            for j in 0..N {
                r.v[i] += self.a[i][j] * x.v[j];
            }
        }
        r
    }

    fn trace(&self) -> f64 {
        let mut t = 0.0;
        for i in 0..N {
            t += self.a[i][i];
        }
        t
    }

    fn solve(&self, b: &Vector) -> (Solve, Vector) {
        let mut m = self.a;
        let mut rhs = b.v;
        for col in 0..N {
            // partial pivot
            let mut pivot = col;
            for row in col + 1..N {
                if m[row][col].abs() > m[pivot][col].abs() {
                    pivot = row;
                }
            }
            if m[pivot][col].abs() < 1e-12 {
                return (Solve::Singular, Vector::zero());
            }
            let tmp_row = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp_row;
            let tmp = rhs[col];
            rhs[col] = rhs[pivot];
            rhs[pivot] = tmp;
            for row in col + 1..N {
                let f = m[row][col] / m[col][col];
                for k in col..N {
                    m[row][k] -= f * m[col][k];
                }
                rhs[row] -= f * rhs[col];
            }
        }
        let mut x = [0.0; N];
        for i in (0..N).rev() {
            let mut s = rhs[i];
            for j in i + 1..N {
                s -= m[i][j] * x[j];
            }
            x[i] = s / m[i][i];
        }
        (Solve::Unique, Vector::from(x))
    }

    fn determinant(&self) -> f64 {
        let mut m = self.a;
        let mut det = 1.0;
        for col in 0..N {
            let mut pivot = col;
            for row in col + 1..N {
                if m[row][col].abs() > m[pivot][col].abs() {
                    pivot = row;
                }
            }
            if m[pivot][col] == 0.0 {
                return 0.0;
            }
            if pivot != col {
                let tmp_row = m[col];
                m[col] = m[pivot];
                m[pivot] = tmp_row;
                det = -det;
            }
            det *= m[col][col];
            for row in col + 1..N {
                let f = m[row][col] / m[col][col];
                for k in col..N {
                    m[row][k] -= f * m[col][k];
                }
            }
        }
        det
    }
}

fn print_matrix(name: &str, m: &Matrix) {
    println!("{}:", name);
    for row in m.a.iter() {
        for x in row {
            print!("{:>9.3}", x);
        }
        println!();
    }
}

fn main() {
    let a = Matrix {
        a: [
            [4.0, -2.0, 1.0, 0.5],
            [-2.0, 4.0, -2.0, 1.0],
            [1.0, -2.0, 4.0, -2.0],
            [0.5, 1.0, -2.0, 4.0],
        ],
    };
    print_matrix("A", &a);
    print_matrix("A^T A", &a.transpose().mul(&a));
    println!("trace = {}, det = {:.5}", a.trace(), a.determinant());

    let b = Vector::from([1.0, 2.0, 3.0, 4.0]);
    let (status, x) = a.solve(&b);
    println!("{:?}: x = {:?}", status, x.v);
    let residual = a.apply(&x).sub(&b);
    println!("residual norm = {:e}", residual.norm());

    let sym = a == a.transpose();
    println!("symmetric: {}", sym);
    let doubled = a + a;
    print_matrix("2A", &doubled);
    let i = Matrix::identity();
    let (s2, _) = i.solve(&b, 1e-9);
    println!("{:?}", s2);
}
