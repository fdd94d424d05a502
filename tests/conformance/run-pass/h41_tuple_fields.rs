// Nested tuples, tuple structs and chained field access, including `t.0.1`.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Span(u32, u32);

#[derive(Debug, Clone, Copy)]
struct Labeled((char, u8), Span);

fn split(n: i32, d: i32) -> (i32, i32) {
    (n.div_euclid(d), n.rem_euclid(d))
}

fn minmax(xs: &[i32]) -> ((usize, i32), (usize, i32)) {
    let mut lo = (0, xs[0]);
    let mut hi = (0, xs[0]);
    for (i, &x) in xs.iter().enumerate() {
        if x < lo.1 {
            lo = (i, x);
        }
        if x > hi.1 {
            hi = (i, x);
        }
    }
    (lo, hi)
}

impl Span {
    fn len(&self) -> u32 {
        self.1 - self.0
    }
    fn merge(self, o: Span) -> Span {
        Span(self.0.min(o.0), self.1.max(o.1))
    }
}

fn main() {
    let t = ((1, 2), (3, (4, 5)));
    println!("{} {} {} {}", t.0.1, t.1.0, t.1.1.0, t.1.1.1);
    let sum = t.0.0 + t.0.1 + t.1.0 + t.1.1.0 + t.1.1.1;
    println!("sum={sum}");

    let labels = [
        Labeled(('a', 1), Span(0, 4)),
        Labeled(('b', 2), Span(2, 9)),
        Labeled(('c', 3), Span(10, 11)),
    ];
    let mut total = labels[0].1;
    for l in &labels[1..] {
        total = total.merge(l.1);
        println!("{}{} spans {:?} len {}", l.0.0, l.0.1, l.1, l.1.len());
    }
    println!("merged {:?} len {}", total, total.len());
    println!("first < second: {}", labels[0].1 < labels[1].1);

    let (q, r) = split(-17, 5);
    println!("-17 = 5*{} + {}", q, r);
    let ((lo_i, lo), (hi_i, hi)) = minmax(&[4, -2, 9, 9, -7, 3]);
    println!("min {lo}@{lo_i} max {hi}@{hi_i}");

    let mut acc = (0u8, 0u16, 0u32);
    for k in 1..=5u8 {
        acc.0 = acc.0.wrapping_mul(3).wrapping_add(k);
        acc.1 += k as u16 * 100;
        acc.2 = acc.2.rotate_left(3) ^ k as u32;
    }
    println!("{:?}", acc);
    let (a, b);
    (a, b) = (acc.2 >> 4, acc.2 & 0xF);
    let [x, y, z] = [a, b, a ^ b];
    println!("{x} {y} {z}");
    let nested = [(1, [2, 3]), (4, [5, 6])];
    for &(head, [m, n]) in nested.iter() {
        print!("{} ", head * m * n);
    }
    println!();
    let (_, (_, (last, _))) = t;
    println!("last={}", last);
}
