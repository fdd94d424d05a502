// lints: unused_mut
// 3x3 matrix helpers with leftover `mut` in params, patterns and receivers.
#[derive(Clone, Copy, Debug)]
struct Mat {
    m: [[i32; 3]; 3],
}

impl Mat {
    fn identity() -> Mat {
        let mut m = [[0; 3]; 3];
        for i in 0..3 {
            m[i][i] = 1;
        }
        Mat { m }
    }

    fn transpose(mut self) -> Mat {
        let mut out = self;
        for r in 0..3 {
            for c in 0..3 {
                out.m[r][c] = self.m[c][r];
            }
        }
        out
    }

    fn trace(&self) -> i32 {
        let mut t = 0;
        for i in 0..3 {
            t += self.m[i][i];
        }
        t
    }

    fn scaled(mut self, mut k: i32) -> Mat {
        for row in self.m.iter_mut() {
            for v in row.iter_mut() {
                *v *= k;
            }
        }
        self
    }
}

fn corner(mat: &Mat) -> i32 {
    let Mat { m: mut grid } = *mat;
    let (mut a, b) = (grid[0][0], grid[2][2]);
    a + b
}

fn main() {
    let mut id = Mat::identity();
    let mut t = id.transpose();
    println!("{}", t.trace());
    let s = id.scaled(3);
    println!("{:?}", s.m[1]);
    println!("{}", corner(&s));
    let mut r = &mut id;
    r.m[0][1] = 7;
    println!("{}", id.m[0][1]);
}
