// trace turned into an associated fn taking the matrix; body still uses self, caller still uses method syntax
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix3 {
    m: [[f64; 3]; 3],
}

impl Matrix3 {
    fn identity() -> Matrix3 {
        let mut m = [[0.0; 3]; 3];
        for i in 0..3 {
            m[i][i] = 1.0;
        }
        Matrix3 { m }
    }

    fn from_rows(rows: [[f64; 3]; 3]) -> Matrix3 {
        Matrix3 { m: rows }
    }

    fn mul(&self, other: &Matrix3) -> Matrix3 {
        let mut out = [[0.0; 3]; 3];
        for i in 0..3 {
            for j in 0..3 {
                let mut sum = 0.0;
                for k in 0..3 {
                    sum += self.m[i][k] * other.m[k][j];
                }
                out[i][j] = sum;
            }
        }
        Matrix3 { m: out }
    }

    fn transpose(&self) -> Matrix3 {
        let mut out = self.m;
        for i in 0..3 {
            for j in 0..3 {
                out[i][j] = self.m[j][i];
            }
        }
        Matrix3 { m: out }
    }

    fn determinant(&self) -> f64 {
        let a = self.m;
        a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
            - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
    }

    fn trace(mat: &Matrix3) -> f64 {
        self.m[0][0] + self.m[1][1] + self.m[2][2]
    }
}

fn print_matrix(label: &str, mat: &Matrix3) {
    println!("{}:", label);
    for row in mat.m.iter() {
        println!("  [{:6.2} {:6.2} {:6.2}]", row[0], row[1], row[2]);
    }
}

fn main() {
    let a = Matrix3::from_rows([[2.0, 0.0, 1.0], [1.0, 3.0, 0.0], [0.0, 1.0, 4.0]]);
    let id = Matrix3::identity();
    let p = a.mul(&id);
    print_matrix("a", &a);
    print_matrix("a * id", &p);
    print_matrix("a^T", &a.transpose());
    println!("det = {:.3}", a.determinant());
    println!("trace = {}", a.trace());
    println!("same: {}", p == a);
}
