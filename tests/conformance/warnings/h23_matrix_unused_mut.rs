// lints: unused_mut unused_variables unused_assignments
// A 3x3 matrix library where several bindings are declared `mut` without need.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat {
    m: [[i32; 3]; 3],
}

impl Mat {
    fn identity() -> Mat {
        let mut m = [[0; 3]; 3];
        for mut i in 0..3 {
            m[i][i] = 1;
        }
        Mat { m }
    }

    fn scale(mut self, k: i32) -> Mat {
        for r in 0..3 {
            for c in 0..3 {
                self.m[r][c] *= k;
            }
        }
        self
    }

    fn trace(mut self) -> i32 {
        self.m[0][0] + self.m[1][1] + self.m[2][2]
    }

    fn set(&mut self, r: usize, c: usize, v: i32) {
        let mut cell = &mut self.m[r][c];
        *cell = v;
    }

    fn transpose(&self) -> Mat {
        let mut out = *self;
        for r in 0..3 {
            for c in 0..3 {
                out.m[c][r] = self.m[r][c];
            }
        }
        out
    }
}

fn mul(a: &Mat, mut b: Mat) -> Mat {
    let mut out = Mat { m: [[0; 3]; 3] };
    for i in 0..3 {
        for j in 0..3 {
            let mut acc = 0;
            for k in 0..3 {
                acc += a.m[i][k] * b.m[k][j];
            }
            out.m[i][j] = acc;
        }
    }
    out
}

fn main() {
    let mut id = Mat::identity();
    let (mut a, mut b) = (id.scale(2), id.scale(3));
    b.set(0, 1, 7);
    let p = mul(&a, b);
    let mut t = p.transpose();
    let Mat { mut m } = t;
    let mut first = m[0];
    match p.trace() {
        mut n if n > 10 => println!("large {}", n),
        mut n => {
            n += 1;
        }
    }
    let mut refd = &t;
    println!("{:?} {:?} {}", first, refd.m[1], a.trace());
}
