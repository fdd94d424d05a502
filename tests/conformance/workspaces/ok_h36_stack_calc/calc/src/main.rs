use vm::asm::{assemble, MAX_OPS};
use vm::{Machine, Op};

fn main() {
    let programs: [&[u8]; 4] = [b"3 4 + 2 *", b"100 7 / 3 ~ *", b"5 d d * *", b"1 2 ? +"];
    let (major, minor) = vm::VERSION;
    println!("tiny-vm {}.{}", major, minor);
    let mut total_steps = 0;
    for src in programs {
        let mut ops = [Op::Nop; MAX_OPS];
        let n = assemble(src, &mut ops);
        let mut m = Machine::new();
        let result = m.run(&ops[..n]);
        total_steps += m.executed;
        println!("{:>2} ops -> {:>5} (depth {})", n, result, m.depth());
    }
    println!("executed {} ops", total_steps);
}
