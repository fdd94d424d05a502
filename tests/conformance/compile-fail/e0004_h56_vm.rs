// A tiny stack VM: programs are arrays of Instr, executed until Halt.

const STACK_SIZE: usize = 64;
const MEM_SIZE: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Instr {
    Push(i64),
    Pop,
    Dup,
    Swap,
    Add,
    Sub,
    Mul,
    Div,
    Load(usize),
    Store(usize),
    Jmp(usize),
    Jz(usize),
    Jnz(usize),
    Print,
    Halt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Running,
    Halted,
    StackOverflow,
    StackUnderflow,
    DivByZero,
    BadAddress(usize),
    StepLimit,
}

struct Machine {
    stack: [i64; STACK_SIZE],
    sp: usize,
    mem: [i64; MEM_SIZE],
    pc: usize,
    steps: u64,
    status: Status,
}

impl Machine {
    fn new() -> Self {
        Machine { stack: [0; STACK_SIZE], sp: 0, mem: [0; MEM_SIZE], pc: 0, steps: 0, status: Status::Running }
    }

    fn push(&mut self, v: i64) {
        if self.sp == STACK_SIZE {
            self.status = Status::StackOverflow;
            return;
        }
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    fn pop(&mut self) -> i64 {
        if self.sp == 0 {
            self.status = Status::StackUnderflow;
            return 0;
        }
        self.sp -= 1;
        self.stack[self.sp]
    }

    fn binary(&mut self, op: Instr) {
        let b = self.pop();
        let a = self.pop();
        let r = match op {
            Instr::Add => a.wrapping_add(b),
            Instr::Sub => a.wrapping_sub(b),
            Instr::Mul => a.wrapping_mul(b),
            Instr::Div => {
                if b == 0 {
                    self.status = Status::DivByZero;
                    return;
                }
                a / b
            }
            _ => unreachable!("not a binary op: {:?}", op),
        };
        self.push(r);
    }

    fn exec(&mut self, prog: &[Instr]) {
        if self.pc >= prog.len() {
            self.status = Status::BadAddress(self.pc);
            return;
        }
        let ins = prog[self.pc];
        self.pc += 1;
        match ins {
            Instr::Push(v) => self.push(v),
            Instr::Pop => {
                self.pop();
            }
            Instr::Dup => {
                let v = self.pop();
                self.push(v);
                self.push(v);
            }
            Instr::Swap => {
                let b = self.pop();
                let a = self.pop();
                self.push(b);
                self.push(a);
            }
            Instr::Add | Instr::Sub | Instr::Mul | Instr::Div => self.binary(ins),
            Instr::Load(a) => {
                if a >= MEM_SIZE {
                    self.status = Status::BadAddress(a);
                } else {
                    let v = self.mem[a];
                    self.push(v);
                }
            }
            Instr::Store(a) => {
                let v = self.pop();
                if a >= MEM_SIZE {
                    self.status = Status::BadAddress(a);
                } else {
                    self.mem[a] = v;
                }
            }
            Instr::Jmp(t) => self.pc = t,
            Instr::Jz(t) => {
                if self.pop() == 0 {
                    self.pc = t;
                }
            }
            Instr::Print => {
                let v = self.pop();
                println!("out: {}", v);
                self.push(v);
            }
            Instr::Halt => self.status = Status::Halted,
        }
    }

    fn run(&mut self, prog: &[Instr], limit: u64) -> Status {
        while self.status == Status::Running {
            if self.steps >= limit {
                self.status = Status::StepLimit;
                break;
            }
            self.exec(prog);
            self.steps += 1;
        }
        self.status
    }
}

fn describe(s: Status) -> &'static str {
    match s {
        Status::Running => "still running",
        Status::Halted => "halted normally",
        Status::StackOverflow => "stack overflow",
        Status::StackUnderflow => "stack underflow",
        Status::DivByZero => "division by zero",
        Status::BadAddress(_) => "bad address",
    }
}

fn main() {
    // factorial of 10 using memory cells 0 (n) and 1 (acc)
    let factorial = [
        Instr::Push(10),
        Instr::Store(0),
        Instr::Push(1),
        Instr::Store(1),
        Instr::Load(0),    // 4
        Instr::Jz(15),
        Instr::Load(1),
        Instr::Load(0),
        Instr::Mul,
        Instr::Store(1),
        Instr::Load(0),
        Instr::Push(1),
        Instr::Sub,
        Instr::Store(0),
        Instr::Jmp(4),
        Instr::Load(1),    // 15
        Instr::Print,
        Instr::Halt,
    ];
    let broken = [Instr::Push(1), Instr::Push(0), Instr::Div, Instr::Halt];
    let endless = [Instr::Push(1), Instr::Jmp(0)];

    let programs: [&[Instr]; 3] = [&factorial, &broken, &endless];
    for (i, p) in programs.iter().enumerate() {
        let mut m = Machine::new();
        let st = m.run(p, 1000);
        println!("program {}: {} after {} steps (sp={})", i, describe(st), m.steps, m.sp);
    }
    let m = Machine::new();
    println!("fresh machine depth {}", m.stack.length());
}
