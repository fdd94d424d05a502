// Tiny VM: opcodes and limits are consts used in patterns, ranges and array lengths.
mod isa {
    pub const NOP: u8 = 0;
    pub const LOAD: u8 = 1;
    pub const ADD: u8 = 2;
    pub const SUB: u8 = 3;
    pub const JNZ: u8 = 4;
    pub const HALT: u8 = 0xFF;
    pub const SYS_LO: u8 = 0x80;
    pub const SYS_HI: u8 = SYS_LO + 0x0F;
    pub const REGS: usize = 1 << 2;
}

const PROGRAM_LEN: usize = isa::REGS * 4;
const NEG_LIMIT: i32 = -(1 << 10);

struct Cpu {
    regs: [i32; isa::REGS],
    pc: usize,
    steps: u32,
}

fn run(cpu: &mut Cpu, prog: &[u8; PROGRAM_LEN]) -> i32 {
    loop {
        cpu.steps += 1;
        let op = prog[cpu.pc];
        let arg = prog[cpu.pc + 1];
        cpu.pc += 2;
        match op {
            isa::NOP => {}
            isa::LOAD => cpu.regs[0] = arg as i32,
            isa::ADD => cpu.regs[1] += cpu.regs[0] * arg as i32,
            isa::SUB => cpu.regs[0] -= arg as i32,
            isa::JNZ if cpu.regs[0] != 0 => cpu.pc = arg as usize,
            isa::JNZ => {}
            sys @ isa::SYS_LO..=isa::SYS_HI => println!("syscall {}", sys - isa::SYS_LO),
            isa::HALT => break cpu.regs[1],
            _ => break NEG_LIMIT,
        }
    }
}

fn main() {
    let mut prog = [isa::NOP; PROGRAM_LEN];
    let code = [isa::LOAD, 5, isa::ADD, 3, isa::SUB, 1, 0x83, 0, isa::JNZ, 2, isa::HALT, 0];
    for (i, b) in code.iter().enumerate() {
        prog[i] = *b;
    }
    let mut cpu = Cpu { regs: [0; isa::REGS], pc: 0, steps: 0 };
    let r = run(&mut cpu, &prog);
    println!("result {} after {} steps", r, cpu.steps);
    let mut bad = [0x7Fu8; PROGRAM_LEN];
    bad[1] = 0;
    let mut cpu2 = Cpu { regs: [0; isa::REGS], pc: 0, steps: 0 };
    println!("bad {} {}", run(&mut cpu2, &bad), isa::SYS_HI);
}
