#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Push(i64),
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    Dup,
    Nop,
}

pub const STACK: usize = 16;

#[derive(Debug)]
pub struct Machine {
    stack: [i64; STACK],
    depth: usize,
    pub executed: u32,
}

impl Machine {
    pub fn new() -> Machine {
        Machine { stack: [0; STACK], depth: 0, executed: 0 }
    }

    fn push(&mut self, v: i64) {
        self.stack[self.depth] = v;
        self.depth += 1;
    }

    fn pop(&mut self) -> i64 {
        self.depth -= 1;
        self.stack[self.depth]
    }

    pub fn run(&mut self, ops: &[Op]) -> i64 {
        for &op in ops {
            self.executed += 1;
            match op {
                Op::Push(v) => self.push(v),
                Op::Neg => {
                    let v = self.pop();
                    self.push(-v);
                }
                Op::Dup => {
                    let v = self.pop();
                    self.push(v);
                    self.push(v);
                }
                Op::Nop => {}
                Op::Add | Op::Sub | Op::Mul | Op::Div => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(match op {
                        Op::Add => a + b,
                        Op::Sub => a - b,
                        Op::Mul => a * b,
                        _ => a / b,
                    });
                }
            }
        }
        self.top()
    }

    pub fn top(&self) -> i64 {
        if self.depth == 0 { 0 } else { self.stack[self.depth - 1] }
    }

    pub fn depth(&self) -> usize {
        self.depth
    }
}
