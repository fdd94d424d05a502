// lints: unused_mut
// 3x3 matrix helpers with `mut` sprinkled where it is not needed.

type Mat = [[i32; 3]; 3];

fn transpose(m: &Mat) -> Mat {
    let mut out = [[0; 3]; 3];
    for r in 0..3 {
        for c in 0..3 {
            out[c][r] = m[r][c];
        }
    }
    out
}

fn mul(a: &Mat, b: &Mat) -> Mat {
    let mut out = [[0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            let mut acc = 0;
            for k in 0..3 {
                acc += a[i][k] * b[k][j];
            }
            out[i][j] = acc;
        }
    }
    out
}

fn trace(mut m: Mat) -> i32 {
    m[0][0] + m[1][1] + m[2][2]
}

fn main() {
    let mut a: Mat = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let mut id: Mat = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    let mut t = transpose(&a);
    let p = mul(&a, &id);
    let (mut x, y) = (1, 2);
    println!("{:?} {:?} {} {}", t, p, trace(p), x + y);
}
