// A tiny stack-machine interpreter over an enum instruction set with jumps.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Jz(usize),
    Jmp(usize),
    Print,
    Halt,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Halted { steps: u32 },
    StackUnderflow(usize),
    OutOfFuel,
}

struct Machine {
    stack: [i64; 16],
    sp: usize,
}

impl Machine {
    fn pop(&mut self) -> i64 {
        self.sp -= 1;
        self.stack[self.sp]
    }
    fn push(&mut self, v: i64) {
        self.stack[self.sp] = v;
        self.sp += 1;
    }
}

fn run(program: &[Op], fuel: u32) -> Outcome {
    let mut m = Machine { stack: [0; 16], sp: 0 };
    let mut pc = 0usize;
    let mut steps = 0u32;
    while steps < fuel {
        steps += 1;
        let op = program[pc];
        let needs = match op {
            Op::Add | Op::Sub | Op::Mul | Op::Swap => 2,
            Op::Dup | Op::Jz(_) | Op::Print => 1,
            Op::Push(_) | Op::Jmp(_) | Op::Halt => 0,
        };
        if m.sp < needs {
            return Outcome::StackUnderflow(pc);
        }
        pc += 1;
        match op {
            Op::Push(v) => m.push(v),
            Op::Add => { let b = m.pop(); let a = m.pop(); m.push(a + b); }
            Op::Sub => { let b = m.pop(); let a = m.pop(); m.push(a - b); }
            Op::Mul => { let b = m.pop(); let a = m.pop(); m.push(a * b); }
            Op::Dup => { let a = m.pop(); m.push(a); m.push(a); }
            Op::Swap => {
                let b = m.pop();
                let a = m.pop();
                m.push(b);
                m.push(a);
            }
            Op::Jz(target) => {
                if m.pop() == 0 {
                    pc = target;
                }
            }
            Op::Jmp(target) => pc = target,
            Op::Print => {
                let v = m.pop();
                println!("out: {}", v);
                m.push(v);
            }
            Op::Halt => return Outcome::Halted { steps },
        }
    }
    Outcome::OutOfFuel
}

fn main() {
    // a countdown loop over n with an accumulator below it
    let countdown = [
        Op::Push(1),
        Op::Push(10),
        // loop start: 2
        Op::Dup,
        Op::Jz(11),
        Op::Dup,
        Op::Push(-1),
        Op::Add,  // acc n n-1
        Op::Swap, // acc n-1 n
        Op::Jmp(9),
        Op::Halt,
        Op::Halt,
        // 11: drop n (zero) and print acc
        Op::Print,
        Op::Halt,
    ];
    let r = run(&countdown, 1000);
    println!("{:?}", r);
    let bad = [Op::Push(3), Op::Add, Op::Halt];
    println!("{:?}", run(&bad, 10));
    let spin = [Op::Jmp(0)];
    assert_eq!(run(&spin, 50), Outcome::OutOfFuel);
    let arith = [Op::Push(6), Op::Push(7), Op::Mul, Op::Push(2), Op::Sub, Op::Print, Op::Halt];
    match run(&arith, 100) {
        Outcome::Halted { steps } if steps < 10 => println!("quick halt in {steps}"),
        other => println!("unexpected {:?}", other),
    }
}
