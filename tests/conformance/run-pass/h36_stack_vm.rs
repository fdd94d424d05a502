// A tiny stack machine: a fixed program of instructions, a fixed-size stack.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Instr {
    Push(i64),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Over,
    JumpIfZero(usize),
    Jump(usize),
    Print,
    Halt,
}

const STACK_SIZE: usize = 16;

struct Machine {
    stack: [i64; STACK_SIZE],
    sp: usize,
    pc: usize,
    steps: u32,
}

impl Machine {
    fn new() -> Machine {
        Machine { stack: [0; STACK_SIZE], sp: 0, pc: 0, steps: 0 }
    }

    fn push(&mut self, v: i64) {
        if self.sp == STACK_SIZE {
            panic!("stack overflow at pc {}", self.pc);
        }
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    fn pop(&mut self) -> i64 {
        if self.sp == 0 {
            panic!("stack underflow at pc {}", self.pc);
        }
        self.sp -= 1;
        self.stack[self.sp]
    }

    fn run(&mut self, program: &[Instr]) -> u32 {
        let mut printed = 0;
        'exec: while self.pc < program.len() {
            let instr = program[self.pc];
            self.pc += 1;
            self.steps += 1;
            match instr {
                Instr::Push(v) => self.push(v),
                Instr::Add | Instr::Sub | Instr::Mul => {
                    let b = self.pop();
                    let a = self.pop();
                    let r = match instr {
                        Instr::Add => a + b,
                        Instr::Sub => a - b,
                        _ => a * b,
                    };
                    self.push(r);
                }
                Instr::Dup => {
                    let top = self.pop();
                    self.push(top);
                    self.push(top);
                }
                Instr::Swap => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(b);
                    self.push(a);
                }
                Instr::Over => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(a);
                    self.push(b);
                    self.push(a);
                }
                Instr::JumpIfZero(target) => {
                    if self.pop() == 0 {
                        self.pc = target;
                    }
                }
                Instr::Jump(target) => self.pc = target,
                Instr::Print => {
                    let v = self.pop();
                    println!("out: {}", v);
                    self.push(v);
                    printed += 1;
                }
                Instr::Halt => break 'exec,
            }
        }
        printed
    }
}

fn main() {
    // sum of 1..=5: stack holds [acc, n]
    let program = [
        Instr::Push(0),         // 0 acc
        Instr::Push(5),         // 1 n
        Instr::Dup,             // 2 acc n n
        Instr::JumpIfZero(11),  // 3 acc n
        Instr::Swap,            // 4 n acc
        Instr::Over,            // 5 n acc n
        Instr::Add,             // 6 n acc+n
        Instr::Swap,            // 7 acc n
        Instr::Push(1),         // 8
        Instr::Sub,             // 9 acc n-1
        Instr::Jump(2),         // 10
        Instr::Swap,            // 11 n acc
        Instr::Print,           // 12
        Instr::Push(3),         // 13
        Instr::Mul,             // 14
        Instr::Print,           // 15
        Instr::Halt,            // 16
    ];
    let mut m = Machine::new();
    let printed = m.run(&program);
    println!("printed {} values in {} steps, depth {}", printed, m.steps, m.sp);
    if m.sp > 0 {
        println!("top = {}", m.stack[m.sp - 1]);
    }
    println!("first instr {:?}, last {:?}", program[0], program[program.len() - 1]);
    let same = program[16] == Instr::Halt;
    println!("halt at 16: {}", same);
}
