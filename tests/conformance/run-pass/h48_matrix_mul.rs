// 3x3 integer matrices as [[i64; 3]; 3]: multiply, transpose, trace.
type Mat = [[i64; 3]; 3];

const IDENTITY: Mat = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

fn mul(a: &Mat, b: &Mat) -> Mat {
    let mut out = [[0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            for k in 0..3 {
                out[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    out
}

fn transpose(m: &mut Mat) {
    for i in 0..3 {
        for j in (i + 1)..3 {
            let t = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = t;
        }
    }
}

fn trace(m: &Mat) -> i64 {
    let mut t = 0;
    for i in 0..m.len() {
        t += m[i][i];
    }
    t
}

fn show(name: &str, m: &Mat) {
    println!("{name}:");
    for row in m.iter() {
        println!("  {:>4} {:>4} {:>4}", row[0], row[1], row[2]);
    }
}

fn main() {
    let a: Mat = [[2, -1, 0], [1, 3, 4], [0, 5, -2]];
    let b = mul(&a, &IDENTITY);
    show("a*I", &b);
    let sq = mul(&a, &a);
    show("a^2", &sq);
    let mut t = sq;
    transpose(&mut t);
    show("transpose", &t);
    println!("trace a^2 = {}, trace t = {}", trace(&sq), trace(&t));
    println!("equal rows? {}", sq[0] == t[0]);
    let diag = [sq[0][0], sq[1][1], sq[2][2]];
    let mut biggest = i64::MIN;
    for d in diag {
        biggest = biggest.max(d.abs());
    }
    println!("biggest |diag| = {biggest}");
}
