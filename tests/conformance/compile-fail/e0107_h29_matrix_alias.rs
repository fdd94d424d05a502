// Matrix helpers where a plain struct is used as if it were generic.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix {
    cells: [[i32; 2]; 2],
}

type Row = [i32; 2];

impl Matrix {
    const IDENTITY: Matrix = Matrix { cells: [[1, 0], [0, 1]] };

    fn mul(&self, other: &Matrix<i32>) -> Matrix {
        let mut out = [[0; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                for k in 0..2 {
                    out[i][j] += self.cells[i][k] * other.cells[k][j];
                }
            }
        }
        Matrix { cells: out }
    }

    fn row(&self, i: usize) -> Row {
        self.cells[i]
    }
}

fn trace(m: Matrix<'static>) -> i32 {
    m.cells[0][0] + m.cells[1][1]
}

fn main() {
    let a = Matrix { cells: [[2, 1], [1, 3]] };
    let p = a.mul(&Matrix::IDENTITY);
    println!("{:?} {} {:?}", p, trace(p), p.row(1));
    let det: i32 = a.cells[0][0] * a.cells[1][1] - a.cells[0][1] * a.cells[1][0] as i64;
    println!("{}", det);
}
