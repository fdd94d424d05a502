#[derive(Debug, Clone, Copy)]
enum Instr {
    Push(i64),
    Add,
    Mul,
    Pop,
    Jmp(usize),
}

struct Machine {
    stack: [i64; 16],
    sp: usize,
    pc: usize,
}

impl Machine {
    fn new() -> Machine {
        Machine { stack: [0; 16], sp: 0 }
    }

    fn push(&mut self, v: i64) {
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    fn pop(&mut self) -> i64 {
        self.sp -= 1;
        self.stack[self.sp]
    }

    fn step(&mut self, prog: &[Instr]) -> bool {
        if self.pc >= prog.len() {
            return false;
        }
        match prog[self.pc] {
            Instr::Push(v) => self.push(v),
            Instr::Add => {
                let b = self.pop();
                let a = self.pop();
                self.push(a + b);
            }
            Instr::Mul => {
                let b = self.pop();
                let a = self.pop();
                self.push(a * b)
            }
            Instr::Pop => {
                self.pop();
            }
        }
        self.pc += 1;
        true
    }
}

fn run(prog: &[Instr]) -> i64 {
    let m = Machine::new();
    while m.step(prog) {}
    m.peek()
}

fn main() {
    let prog = [Instr::Push(2), Instr::Push(3), Instr::Add, Instr::Push(4), Instr::Mul];
    let result = run(&prog);
    println!("{}", result);
    let m = Machine::new();
    m.push(1, 2);
    println!("{}", m.top);
    let i = Instr::Push;
    let Instr::Jmp(target) = prog[0] else {
        println!("not a jump");
    };
    println!("{}", target);
}
