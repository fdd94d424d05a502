// lints: unused_mut unused_assignments non_snake_case
// Matrix helpers with leftover `mut`s; a module relaxes the naming lint for C-style names.
const N: usize = 3;

type Matrix = [[i64; N]; N];

fn identity() -> Matrix {
    let mut m = [[0; N]; N];
    for i in 0..N {
        m[i][i] = 1;
    }
    m
}

fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    let mut out = [[0; N]; N];
    for i in 0..N {
        for j in 0..N {
            let mut acc = 0;
            for k in 0..N {
                acc += a[i][k] * b[k][j];
            }
            out[i][j] = acc;
        }
    }
    out
}

fn trace(m: &Matrix) -> i64 {
    let mut t = 0;
    let mut i = 0;
    while i < N {
        t += m[i][i];
        i += 1;
    }
    t
}

fn power(base: &Matrix, mut exp: u32) -> Matrix {
    let mut result = identity();
    let mut sq = *base;
    while exp > 0 {
        if exp & 1 == 1 {
            result = multiply(&result, &sq);
        }
        sq = multiply(&sq, &sq);
        exp >>= 1;
    }
    result
}

#[allow(non_snake_case)]
mod blas {
    pub fn dotProduct(a: &[i64; 3], b: &[i64; 3]) -> i64 {
        let mut totalSum = 0;
        for i in 0..3 {
            totalSum += a[i] * b[i];
        }
        totalSum
    }
}

fn Determinant(m: &Matrix) -> i64 {
    let mut det = 0;
    det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    det
}

fn main() {
    let mut fib: Matrix = [[1, 1, 0], [1, 0, 0], [0, 0, 1]];
    let p = power(&fib, 30);
    println!("fib(30) = {}", p[0][1]);
    let mut rowSum = 0;
    for row in p.iter() {
        rowSum += row[0];
    }
    println!("first column sum {}, trace {}", rowSum, trace(&p));
    let mut shear: Matrix = [[1, 2, 0], [0, 1, 0], [0, 0, 1]];
    println!("det {} {}", Determinant(&shear), Determinant(&identity()));
    println!("dot {}", blas::dotProduct(&[1, 2, 3], &[4, 5, 6]));
}
