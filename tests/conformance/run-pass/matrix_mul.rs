// 3x3 matrix arithmetic on fixed-size arrays.
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
    let mut out = [[0i64; N]; N];
    for i in 0..N {
        for j in 0..N {
            let mut sum = 0;
            for k in 0..N {
                sum += a[i][k] * b[k][j];
            }
            out[i][j] = sum;
        }
    }
    out
}

fn transpose(m: &Matrix) -> Matrix {
    let mut t = *m;
    for i in 0..N {
        for j in 0..N {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn determinant(m: &Matrix) -> i64 {
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
}

fn print_matrix(label: &str, m: &Matrix) {
    println!("{}:", label);
    for row in m.iter() {
        println!("  [{:>4} {:>4} {:>4}]", row[0], row[1], row[2]);
    }
}

fn main() {
    let a: Matrix = [[2, -1, 0], [1, 3, 4], [0, 5, -2]];
    let b: Matrix = [[1, 0, 2], [0, 1, 0], [3, 0, 1]];
    let product = multiply(&a, &b);
    print_matrix("a", &a);
    print_matrix("a * b", &product);
    print_matrix("transpose(a)", &transpose(&a));
    println!("det(a) = {}, det(b) = {}, det(ab) = {}", determinant(&a), determinant(&b), determinant(&product));
    assert_eq!(multiply(&a, &identity()), a);
    let mut power = identity();
    for _ in 0..4 {
        power = multiply(&power, &b);
    }
    print_matrix("b^4", &power);
}
