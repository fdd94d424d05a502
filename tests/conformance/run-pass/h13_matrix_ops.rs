// Fixed-size matrix arithmetic with associated consts used as array lengths.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat {
    cells: [[i64; Mat::N]; Mat::N],
}

impl Mat {
    const N: usize = 3;
    const ZERO: Mat = Mat { cells: [[0; Mat::N]; Mat::N] };

    fn identity() -> Self {
        let mut m = Self::ZERO;
        for i in 0..Self::N {
            m.cells[i][i] = 1;
        }
        m
    }
}

impl Mat {
    fn mul(&self, other: &Mat) -> Mat {
        let mut out = Mat::ZERO;
        for i in 0..Mat::N {
            for j in 0..Mat::N {
                let mut acc = 0i64;
                for k in 0..Mat::N {
                    acc += self.cells[i][k] * other.cells[k][j];
                }
                out.cells[i][j] = acc;
            }
        }
        out
    }

    fn transpose_in_place(&mut self) {
        for i in 0..Self::N {
            for j in (i + 1)..Self::N {
                let tmp = self.cells[i][j];
                self.cells[i][j] = self.cells[j][i];
                self.cells[j][i] = tmp;
            }
        }
    }

    fn trace(&self) -> i64 {
        let mut t = 0;
        for (i, row) in self.cells.iter().enumerate() {
            t += row[i];
        }
        t
    }
}

impl Mat {
    fn det(&self) -> i64 {
        let c = &self.cells;
        c[0][0] * (c[1][1] * c[2][2] - c[1][2] * c[2][1]) - c[0][1] * (c[1][0] * c[2][2] - c[1][2] * c[2][0])
            + c[0][2] * (c[1][0] * c[2][1] - c[1][1] * c[2][0])
    }
}

fn scale_row(row: &mut [i64], k: i64) {
    for i in 0..row.len() {
        row[i] *= k;
    }
}

fn print_mat(label: &str, m: &Mat) {
    println!("{label}:");
    for row in &m.cells {
        for v in row {
            print!("{:>6}", v);
        }
        println!();
    }
}

fn main() {
    let a = Mat { cells: [[2, -1, 0], [1, 3, 4], [0, 5, -2]] };
    let id = Mat::identity();
    let prod = a.mul(&id);
    assert_eq!(prod, a);
    print_mat("a", &a);
    let mut b = a;
    b.transpose_in_place();
    print_mat("a^T", &b);
    let ab = a.mul(&b);
    print_mat("a*a^T", &ab);
    println!("trace={} det(a)={} det(ab)={}", ab.trace(), a.det(), ab.det());
    let mut c = ab;
    scale_row(&mut c.cells[1], -2);
    scale_row(&mut c.cells[2][1..], 3);
    println!("{:?}", c.cells);
    let r = &&c;
    println!("trace via &&: {}", r.trace());
    println!("{:#?}", Mat::identity());
    let sym = ab == { let mut t = ab; t.transpose_in_place(); t };
    println!("symmetric: {sym}");
}
