// lints: unused_variables
#[derive(Debug, Clone, Copy)]
enum Instr {
    Push(i64),
    Add,
    Jump(usize),
    Halt,
    Trap { code: u8, addr: usize },
}

fn run(prog: &[Instr]) -> i64 {
    let mut stack = [0i64; 8];
    let mut sp = 0;
    let mut pc = 0;
    while pc < prog.len() {
        match prog[pc] {
            Instr::Halt => return stack[0],
            Instr::Push(v) => {
                stack[sp] = v;
                sp += 1;
            }
            Instr::Add => {
                sp -= 1;
                stack[sp - 1] += stack[sp];
            }
            Instr::Jump(target) => {
                pc += 1;
                continue;
            }
            Instr::Trap { code, addr } => {
                println!("trap {}", code);
            }
        }
        pc += 1;
    }
    stack[0]
}

fn check(i: Instr) -> u8 {
    match i {
        Instr::Trap { code, .. } => panic!("trapped with {}", code),
        Instr::Push(value) => 1,
        Instr::Jump(to) => 2,
        _ => 0,
    }
}

fn main() {
    let prog = [Instr::Push(2), Instr::Push(3), Instr::Add, Instr::Jump(0), Instr::Halt];
    println!("{} {}", run(&prog), check(prog[0]));
    let _ = Instr::Trap { code: 1, addr: 0 };
}
