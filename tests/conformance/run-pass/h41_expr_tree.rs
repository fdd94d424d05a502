// An arithmetic expression tree stored in an arena array, evaluated and printed recursively.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Node {
    Lit(f64),
    Var(u8),
    Neg(usize),
    Bin { op: BinOp, lhs: usize, rhs: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

impl BinOp {
    fn symbol(self) -> char {
        match self {
            BinOp::Add => '+',
            BinOp::Sub => '-',
            BinOp::Mul => '*',
            BinOp::Div => '/',
            BinOp::Pow => '^',
        }
    }
    fn precedence(self) -> u8 {
        match self {
            BinOp::Add | BinOp::Sub => 1,
            BinOp::Mul | BinOp::Div => 2,
            BinOp::Pow => 3,
        }
    }
}

struct Arena {
    nodes: [Node; 32],
    len: usize,
}

impl Arena {
    fn add(&mut self, n: Node) -> usize {
        self.nodes[self.len] = n;
        self.len += 1;
        self.len - 1
    }
    fn bin(&mut self, op: BinOp, lhs: usize, rhs: usize) -> usize {
        self.add(Node::Bin { op, lhs, rhs })
    }

    fn eval(&self, at: usize, vars: &[f64; 3]) -> f64 {
        match self.nodes[at] {
            Node::Lit(v) => v,
            Node::Var(i) => vars[i as usize],
            Node::Neg(inner) => -self.eval(inner, vars),
            Node::Bin { op, lhs, rhs } => {
                let (a, b) = (self.eval(lhs, vars), self.eval(rhs, vars));
                match op {
                    BinOp::Add => a + b,
                    BinOp::Sub => a - b,
                    BinOp::Mul => a * b,
                    BinOp::Div => a / b,
                    BinOp::Pow => a.powf(b),
                }
            }
        }
    }

    fn print(&self, at: usize, parent_prec: u8) {
        match &self.nodes[at] {
            Node::Lit(v) => print!("{}", v),
            Node::Var(i) => print!("{}", (b'x' + *i) as char),
            Node::Neg(inner) => {
                print!("-");
                self.print(*inner, 4);
            }
            &Node::Bin { op, lhs, rhs } => {
                let p = op.precedence();
                let parens = p < parent_prec;
                if parens { print!("("); }
                self.print(lhs, p);
                print!(" {} ", op.symbol());
                self.print(rhs, p + 1);
                if parens { print!(")"); }
            }
        }
    }

    fn depth(&self, at: usize) -> u32 {
        match self.nodes[at] {
            Node::Lit(_) | Node::Var(_) => 1,
            Node::Neg(i) => 1 + self.depth(i),
            Node::Bin { lhs, rhs, .. } => 1 + self.depth(lhs).max(self.depth(rhs)),
        }
    }
}

fn main() {
    let mut a = Arena { nodes: [Node::Lit(0.0); 32], len: 0 };
    let x = a.add(Node::Var(0));
    let y = a.add(Node::Var(1));
    let two = a.add(Node::Lit(2.0));
    let sum = a.bin(BinOp::Add, x, y);
    let sq = a.bin(BinOp::Pow, sum, two);
    let ny = a.add(Node::Neg(y));
    let diff = a.bin(BinOp::Sub, x, ny);
    let root = a.bin(BinOp::Div, sq, diff);
    let half = a.add(Node::Lit(0.5));
    let z = a.add(Node::Var(2));
    let scaled = a.bin(BinOp::Mul, half, z);
    let top = a.bin(BinOp::Sub, root, scaled);
    a.print(top, 0);
    println!();
    for vars in [[1.0, 2.0, 3.0], [0.5, -0.25, 10.0], [3.0, -3.0, 0.0]] {
        println!("x={} y={} z={} => {:.4}", vars[0], vars[1], vars[2], a.eval(top, &vars));
    }
    println!("nodes={} depth={}", a.len, a.depth(top));
}
