#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i32),
    Add,
    Mul,
    Halt,
}

fn run(program: &[Op]) -> i32 {
    let mut stack = [0i32; 16];
    let mut sp = 0usize;
    let mut pc = 0usize;
    while let Op::Push(_) | Op::Add | Op::Mul = program[pc] {
        match program[pc] {
            Op::Push(v) => {
                stack[sp] = v;
                sp += 1;
            }
            Op::Add | Op::Mul if sp < 2 => break,
            Op::Add => {
                sp -= 1;
                stack[sp - 1] += stack[sp];
            }
            Op::Mul => {
                sp -= 1;
                stack[sp - 1] *= stack[sp];
            }
            Op::Halt => unreachable!(),
        }
        pc += 1;
    }
    if sp == 0 { 0 } else { stack[sp - 1] }
}

fn main() {
    let prog = [Op::Push(3), Op::Push(4), Op::Add, Op::Push(5), Op::Mul, Op::Halt];
    println!("{}", run(&prog));
}
