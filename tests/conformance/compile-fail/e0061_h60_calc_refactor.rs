#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug)]
struct Calc {
    acc: f64,
    history: [f64; 4],
    n: usize,
}

impl Calc {
    fn new(start: f64) -> Calc {
        Calc { acc: start, history: [0.0; 4], n: 0 }
    }

    fn apply(&mut self, op: Op, v: f64, round: bool) -> f64 {
        let r = match op {
            Op::Add => self.acc + v,
            Op::Sub => self.acc - v,
            Op::Mul => self.acc * v,
            Op::Div => self.acc / v,
        };
        self.history[self.n % 4] = r;
        self.n += 1;
        self.acc = if round { r.round() } else { r };
        self.acc
    }

    fn last(&self) -> f64 {
        self.history[(self.n - 1) % 4]
    }
}

fn parse_op(c: char) -> Op {
    match c {
        '+' => Op::Add,
        '-' => Op::Sub,
        '*' => Op::Mul,
        _ => Op::Div,
    }
}

fn run(c: &mut Calc, ops: &[(char, f64)]) -> f64 {
    for (ch, v) in ops {
        c.apply(parse_op(*ch), *v);
    }
    c.last(1)
}

fn main() {
    let mut c = Calc::new();
    let ops = [('+', 2.0), ('*', 3.0), ('-', 1.5)];
    let r = run(&mut c, &ops, true);
    println!("{}", r);
    let op = parse_op('+', '-');
    let same: bool = op == Op::Add;
    let c2 = Calc::new(1.0, 2.0);
    println!("{:?} {} {:?}", op, same, c2);
    let unused_n = c.n;
}
