//! 2x2 integer matrices.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mat2 {
    pub a: [[i64; 2]; 2],
}

impl Mat2 {
    pub const IDENTITY: Mat2 = Mat2 { a: [[1, 0], [0, 1]] };

    pub fn scale(&mut self, k: i64) {
        for row in self.a.iter_mut() {
            for x in row.iter_mut() {
                *x *= k;
            }
        }
    }

    pub fn mul(&self, o: &Mat2) -> Mat2 {
        let mut r = [[0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                r[i][j] = self.a[i][0] * o.a[0][j] + self.a[i][1] * o.a[1][j];
            }
        }
        Mat2 { a: r }
    }

    pub fn det(&self) -> i64 {
        self.a[0][0] * self.a[1][1] - self.a[0][1] * self.a[1][0]
    }
}

pub fn fib_matrix() -> Mat2 {
    Mat2 { a: [[1, 1], [1, 0]] }
}
