// A stack-based bytecode VM with jumps, calls and a disassembler.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Push(i64),
    Pop,
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Jump(usize),
    JumpIfZero(usize),
    Call(usize),
    Ret,
    Print,
    Halt,
}

#[derive(Debug)]
pub enum VmError {
    StackUnderflow { pc: usize },
    BadJump(usize),
    StepLimit,
}

pub struct Vm<'p> {
    program: &'p [Op],
    stack: Vec<i64>,
    frames: Vec<usize>,
    pc: usize,
    pub output: Vec<i64>,
}

impl<'p> Vm<'p> {
    pub fn new(program: &'p [Op]) -> Self {
        Vm { program, stack: vec![], frames: vec![], pc: 0, output: vec![] }
    }

    fn pop(&mut self) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow { pc: self.pc })
    }

    pub fn run(&mut self, max_steps: usize) -> Result<(), VmError> {
        for _ in 0..max_steps {
            let op = *self.program.get(self.pc).ok_or(VmError::BadJump(self.pc))?;
            self.pc += 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Pop => {
                    self.pop()?;
                }
                Op::Add | Op::Sub | Op::Mul => {
                    let (b, a) = (self.pop()?, self.pop()?);
                    self.stack.push(match op {
                        Op::Add => a.wrapping_add(b),
                        Op::Sub => a.wrapping_sub(b),
                        _ => a.wrapping_mul(b),
                    });
                }
                Op::Dup => {
                    let v = *self.stack.last().ok_or(VmError::StackUnderflow { pc: self.pc })?;
                    self.stack.push(v);
                }
                Op::Swap => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(VmError::StackUnderflow { pc: self.pc });
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                Op::Jump(t) => self.pc = t,
                Op::JumpIfZero(t) => {
                    if self.pop()? == 0 {
                        self.pc = t;
                    }
                }
                Op::Call(t) => {
                    self.frames.push(self.pc);
                    self.pc = t;
                }
                Op::Ret => match self.frames.pop() {
                    Some(ret) => self.pc = ret,
                    None => return Ok(()),
                },
                Op::Print => {
                    let v = self.pop()?;
                    self.output.push(v);
                }
                Op::Halt => return Ok(()),
            }
        }
        Err(VmError::StepLimit)
    }
}

fn disassemble(program: &[Op]) -> String {
    program.iter().enumerate().map(|(i, op)| format!("{i:04} {op:?}\n")).collect()
}

fn main() {
    // Counts down from 5, printing each value.
    let program = [
        Op::Push(5),
        Op::Dup,
        Op::Print,
        Op::Push(1),
        Op::Sub,
        Op::Dup,
        Op::JumpIfZero(8),
        Op::Jump(1),
        Op::Halt,
    ];
    print!("{}", disassemble(&program));
    let mut vm = Vm::new(&program);
    let result = vm.run(1000);
    println!("{result:?} {:?}", vm.output);
}
