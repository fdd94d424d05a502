// 3x3 matrix operations: multiply, transpose, determinant, pretty print.

type M3 = [[f64; 3]; 3];

const IDENTITY: M3 = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

fn mul(a: &M3, b: &M3) -> M3 {
    let mut out = [[0.0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            for k in 0..3 {
                out[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    out
}

fn transpose(m: &M3) -> M3 {
    let mut t = *m;
    for i in 0..3 {
        for j in (i + 1)..3 {
            let tmp = t[i][j];
            t[i][j] = t[j][i];
            t[j][i] = tmp;
        }
    }
    t
}

fn det(m: &M3) -> f64 {
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
}

fn show(name: &str, m: &M3) {
    println!("{}:", name);
    for row in m {
        for x in row {
            print!("{:>8.3}", x);
        }
        println!();
    }
}

fn main() {
    let a: M3 = [[2.0, -1.0, 0.5], [0.0, 3.0, 1.0], [4.0, 1.0, -2.0]];
    let p = mul(&a, &IDENTITY);
    show("a*I", &p);
    show("a^T", &transpose(&a));
    let sq = mul(&a, &a);
    show("a^2", &sq);
    println!("det(a) = {:.4}", det(&a));
    println!("det(a^2) = {:.4}", det(&sq));
    println!("det(I) = {}", det(&IDENTITY));
}
