// Small fixed-size matrix operations on [[i64; N]; M].
const N: usize = 3;

type Mat = [[i64; N]; N];

#[derive(Debug, Clone, Copy)]
struct Matrix {
    cells: Mat,
}

impl Matrix {
    const IDENTITY: Matrix = Matrix {
        cells: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    };

    fn from(cells: Mat) -> Self {
        Self { cells }
    }

    fn mul(&self, other: &Matrix) -> Matrix {
        let mut out = [[0i64; N]; N];
        for i in 0..N {
            for j in 0..N {
                let mut sum = 0;
                for k in 0..N {
                    sum += self.cells[i][k] * other.cells[k][j];
                }
                out[i][j] = sum;
            }
        }
        Matrix { cells: out }
    }

    fn transpose(&self) -> Matrix {
        let mut out = self.cells;
        for i in 0..N {
            for j in 0..N {
                out[j][i] = self.cells[i][j];
            }
        }
        Matrix::from(out)
    }

    fn trace(&self) -> i64 {
        let mut t = 0;
        for i in 0..N {
            t += self.cells[i][i];
        }
        t
    }

    fn determinant(&self) -> i64 {
        let m = &self.cells;
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    }

    fn print(&self) {
        for row in self.cells.iter() {
            for (j, v) in row.iter().enumerate() {
                if j > 0 {
                    print!(" ");
                }
                print!("{:>4}", v);
            }
            println!();
        }
    }
}

fn main() {
    let a = Matrix::from([[2, -1, 0], [1, 3, 4], [0, 5, -2]]);
    let b = a.transpose();
    let c = a.mul(&b);
    c.print();
    println!("trace = {}, det(a) = {}", c.trace(), a.determinant());
    let same = a.mul(&Matrix::IDENTITY);
    assert_eq!(same.cells, a.cells);
    let mut power = Matrix::IDENTITY;
    for _ in 0..4 {
        power = power.mul(&a);
    }
    power.print();
}
