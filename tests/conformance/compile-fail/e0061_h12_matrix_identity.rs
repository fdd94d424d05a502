// 2x2 matrix helpers: an associated function and a method called with the wrong arity.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat2 {
    m: [[f64; 2]; 2],
}

impl Mat2 {
    fn identity() -> Mat2 {
        Mat2 { m: [[1.0, 0.0], [0.0, 1.0]] }
    }

    fn scaled(self, factor: f64) -> Mat2 {
        let mut out = self;
        for row in 0..2 {
            for col in 0..2 {
                out.m[row][col] *= factor;
            }
        }
        out
    }

    fn mul(&self, other: &Mat2) -> Mat2 {
        let mut out = Mat2 { m: [[0.0; 2]; 2] };
        for i in 0..2 {
            for j in 0..2 {
                let mut sum = 0.0;
                for k in 0..2 {
                    sum += self.m[i][k] * other.m[k][j];
                }
                out.m[i][j] = sum;
            }
        }
        out
    }

    fn determinant(&self) -> f64 {
        self.m[0][0] * self.m[1][1] - self.m[0][1] * self.m[1][0]
    }
}

fn main() {
    let id = Mat2::identity(2);
    let double = id.scaled(2.0);
    let product = double.mul();
    println!("det = {}", product.determinant());
    println!("trace = {}", product.trace());
}
