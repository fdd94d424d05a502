// A calculator that calls values as functions and casts to an unsized type.
#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Mul,
}

struct Calc {
    op: Op,
    acc: i64,
}

impl Calc {
    fn apply(&mut self, x: i64) {
        self.acc = match self.op {
            Op::Add => self.acc + x,
            Op::Mul => self.acc * x,
        };
    }
}

fn main() {
    let mut calc = Calc { op: Op::Add, acc: 0 };
    let step = 3;
    for i in 1..=4 {
        calc.apply(i * step(2));
    }
    println!("{}", calc.acc);
    let bytes = [1u8, 2, 3];
    let view = &bytes as [u8];
    println!("{:?}", view);
}
