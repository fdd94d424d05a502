// 3x3 matrices of f64: product, transpose, determinant and inverse via cofactors.
type M3 = [[f64; 3]; 3];

const IDENTITY: M3 = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

fn mul(a: &M3, b: &M3) -> M3 {
    let mut out = [[0.0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            let mut acc = 0.0;
            for k in 0..3 {
                acc = a[i][k].mul_add(b[k][j], acc);
            }
            out[i][j] = acc;
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

fn minor(m: &M3, row: usize, col: usize) -> f64 {
    let mut vals = [0.0f64; 4];
    let mut n = 0;
    for r in 0..3 {
        if r == row {
            continue;
        }
        for c in 0..3 {
            if c != col {
                vals[n] = m[r][c];
                n += 1;
            }
        }
    }
    vals[0] * vals[3] - vals[1] * vals[2]
}

fn det(m: &M3) -> f64 {
    let mut d = 0.0;
    for c in 0..3 {
        let sign = if c % 2 == 0 { 1.0 } else { -1.0 };
        d += sign * m[0][c] * minor(m, 0, c);
    }
    d
}

fn inverse(m: &M3, out: &mut M3) -> bool {
    let d = det(m);
    if d.abs() < f64::EPSILON {
        return false;
    }
    for r in 0..3 {
        for c in 0..3 {
            let sign = if (r + c) % 2 == 0 { 1.0 } else { -1.0 };
            out[c][r] = sign * minor(m, r, c) / d;
        }
    }
    true
}

fn print_m(label: &str, m: &M3) {
    println!("{label}:");
    for row in m {
        println!("  [{:8.3} {:8.3} {:8.3}]", row[0], row[1], row[2]);
    }
}

fn approx_eq(a: &M3, b: &M3) -> bool {
    for i in 0..3 {
        for j in 0..3 {
            if (a[i][j] - b[i][j]).abs() > 1e-9 {
                return false;
            }
        }
    }
    true
}

fn rotation_z(deg: f64) -> M3 {
    let rad = deg * std::f64::consts::PI / 180.0;
    let (s, c) = (rad.sin(), rad.cos());
    [[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]]
}

fn main() {
    let a: M3 = [[2.0, -1.0, 0.0], [1.0, 3.0, 2.0], [0.0, 1.0, 4.0]];
    print_m("a", &a);
    println!("det(a) = {:.4}", det(&a));
    let mut inv = IDENTITY;
    if inverse(&a, &mut inv) {
        print_m("inverse", &inv);
        println!("a * inv == I: {}", approx_eq(&mul(&a, &inv), &IDENTITY));
    }
    let singular = [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [0.0, 1.0, 1.0]];
    println!("singular invertible: {}", inverse(&singular, &mut inv));
    let r = rotation_z(30.0);
    let rt = transpose(&r);
    println!("rotation orthogonal: {}", approx_eq(&mul(&r, &rt), &IDENTITY));
    println!("det(rotation) = {:.6}", det(&r));
    print_m("r^3", &mul(&r, &mul(&r, &r)));
}
