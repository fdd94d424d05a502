#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat2 {
    a: [[i64; 2]; 2],
}

impl Mat2 {
    const IDENTITY: Mat2 = Mat2 { a: [[1, 0], [0, 1]] };

    fn mul(&self, o: &Mat2) -> Mat2 {
        let mut r = [[0i64; 2]; 2];
        for i in 0..2 {
            for j in 0..2 {
                for k in 0..2 {
                    r[i][j] += self.a[i][k] * o.a[k][j];
                }
            }
        }
        Mat2 { a: r }
    }

    fn pow(&self, mut n: u32) -> Mat2 {
        let mut base = *self;
        let mut acc = Mat2::IDENTITY;
        while n > 0 {
            if n & 1 == 1 {
                acc = acc.mul(&base);
            }
            base = base.mul(&base);
            n >>= 1;
        }
        acc
    }

    fn trace(&self) -> i64 {
        self.a[0][0] + self.a[1][1]
    }
}

fn fib(n: u32) -> i64 {
    let m = Mat2 { a: [[1, 1], [1, 0]] };
    m.pow(n).a[0][1]
}

fn main() {
    for n in [0u32, 1, 2, 10, 40, 90] {
        println!("fib({:>2}) = {:>20}", n, fib(n));
    }
    let m = Mat2 { a: [[2, 3], [4, 5]] };
    let sq = m.mul(&m);
    println!("{:?} trace={}", sq, sq.trace());
    assert_eq!(m.pow(1), m);
    assert_ne!(m.pow(2), m);
}
