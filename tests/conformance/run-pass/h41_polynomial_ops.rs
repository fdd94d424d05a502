// Integer polynomials in fixed arrays: add, multiply, derivative, Horner evaluation, pretty printing.
const CAP: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Poly {
    c: [i64; CAP], // c[i] is the coefficient of x^i
}

impl Poly {
    const ZERO: Poly = Poly { c: [0; CAP] };

    fn from(coeffs: &[i64]) -> Poly {
        let mut p = Poly::ZERO;
        for (i, &v) in coeffs.iter().enumerate() {
            p.c[i] = v;
        }
        p
    }

    fn degree(&self) -> i32 {
        let mut d = CAP as i32 - 1;
        while d >= 0 && self.c[d as usize] == 0 {
            d -= 1;
        }
        d
    }

    fn add(&self, o: &Poly) -> Poly {
        let mut r = *self;
        for i in 0..CAP {
            r.c[i] += o.c[i];
        }
        r
    }

    fn mul(&self, o: &Poly) -> Poly {
        let mut r = Poly::ZERO;
        let (da, db) = (self.degree(), o.degree());
        if da < 0 || db < 0 {
            return r;
        }
        assert!(((da + db) as usize) < CAP, "product degree too large");
        for i in 0..=da as usize {
            for j in 0..=db as usize {
                r.c[i + j] += self.c[i] * o.c[j];
            }
        }
        r
    }

    fn derivative(&self) -> Poly {
        let mut r = Poly::ZERO;
        for i in 1..CAP {
            r.c[i - 1] = self.c[i] * i as i64;
        }
        r
    }

    fn eval(&self, x: i64) -> i64 {
        let mut acc = 0;
        for i in (0..CAP).rev() {
            acc = acc * x + self.c[i];
        }
        acc
    }

    fn print(&self) {
        let d = self.degree();
        if d < 0 {
            println!("0");
            return;
        }
        let mut first = true;
        for i in (0..=d as usize).rev() {
            let v = self.c[i];
            if v == 0 {
                continue;
            }
            let sign = match (first, v < 0) {
                (true, true) => "-",
                (true, false) => "",
                (false, true) => " - ",
                (false, false) => " + ",
            };
            let mag = v.abs();
            print!("{}", sign);
            match (i, mag) {
                (0, m) => print!("{}", m),
                (_, 1) => {}
                (_, m) => print!("{}", m),
            }
            match i {
                0 => {}
                1 => print!("x"),
                e => print!("x^{}", e),
            }
            first = false;
        }
        println!();
    }
}

fn main() {
    let p = Poly::from(&[1, -3, 0, 2]); // 2x^3 - 3x + 1
    let q = Poly::from(&[-1, 1]); // x - 1
    print!("p = ");
    p.print();
    print!("q = ");
    q.print();
    print!("p + q = ");
    p.add(&q).print();
    let pq = p.mul(&q);
    print!("p * q = ");
    pq.print();
    print!("p' = ");
    p.derivative().print();
    print!("(p*q)'' = ");
    pq.derivative().derivative().print();
    for x in -2..=2 {
        println!("p({:>2}) = {:>4}   (p*q)({:>2}) = {:>4}", x, p.eval(x), x, pq.eval(x));
    }
    let mut power = Poly::from(&[1]);
    for _ in 0..5 {
        power = power.mul(&Poly::from(&[1, 1]));
    }
    print!("(x+1)^5 = ");
    power.print();
    print!("zero = ");
    Poly::ZERO.print();
    assert_eq!(p.mul(&Poly::ZERO), Poly::ZERO);
}
