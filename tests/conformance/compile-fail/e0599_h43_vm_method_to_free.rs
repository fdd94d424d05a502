// pop moved from the impl to a free fn, ten self.pop() calls not updated
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i32),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    JumpIfZero(usize),
    Halt,
}

const STACK_SIZE: usize = 16;

struct Vm {
    stack: [i32; STACK_SIZE],
    sp: usize,
    pc: usize,
    steps: u32,
}

impl Vm {
    fn new() -> Vm {
        Vm { stack: [0; STACK_SIZE], sp: 0, pc: 0, steps: 0 }
    }

    fn push(&mut self, v: i32) {
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    fn step(&mut self, program: &[Op]) -> bool {
        let op = program[self.pc];
        self.pc += 1;
        self.steps += 1;
        match op {
            Op::Push(v) => self.push(v),
            Op::Add => {
                let b = self.pop();
                let a = self.pop();
                self.push(a + b);
            }
            Op::Sub => {
                let b = self.pop();
                let a = self.pop();
                self.push(a - b);
            }
            Op::Mul => {
                let b = self.pop();
                let a = self.pop();
                self.push(a * b);
            }
            Op::Dup => {
                let a = self.pop();
                self.push(a);
                self.push(a);
            }
            Op::Swap => {
                let b = self.pop();
                let a = self.pop();
                self.push(b);
                self.push(a);
            }
            Op::JumpIfZero(target) => {
                if self.pop() == 0 {
                    self.pc = target;
                }
            }
            Op::Halt => return false,
        }
        self.pc < program.len()
    }

    fn run(&mut self, program: &[Op]) -> i32 {
        while self.step(program) {}
        if self.sp == 0 { 0 } else { self.stack[self.sp - 1] }
    }
}

fn pop(vm: &mut Vm) -> i32 {
    vm.sp -= 1;
    vm.stack[vm.sp]
}

fn main() {
    let program = [
        Op::Push(6),
        Op::Push(7),
        Op::Mul,
        Op::Dup,
        Op::Push(2),
        Op::Swap,
        Op::Sub,
        Op::Push(1),
        Op::Add,
        Op::Halt,
    ];
    let mut vm = Vm::new();
    let result = vm.run(&program);
    println!("result = {} after {} steps", result, vm.steps);
    let mut vm2 = Vm::new();
    let r2 = vm2.run(&[Op::Push(0), Op::JumpIfZero(3), Op::Push(99), Op::Push(5), Op::Halt]);
    println!("r2 = {}", r2);
}
