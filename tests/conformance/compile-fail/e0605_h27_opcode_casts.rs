// Bytecode encoder casting enums, bools and references to integers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Nop = 0,
    Push = 0x10,
    Pop = 0x11,
    Jump = 0x20,
}

#[derive(Debug, Clone, Copy)]
enum Instr {
    Simple(Op),
    WithArg(Op, u16),
}

fn encode(i: Instr) -> u32 {
    match i {
        Instr::Simple(op) => op as u32,
        Instr::WithArg(op, arg) => ((op as u32) << 16) | arg as u32,
    }
}

fn tag(i: Instr) -> u8 {
    i as u8
}

fn flag_bits(enabled: bool, ops: &[Op; 2]) -> u8 {
    let first = &ops[0];
    let hi = enabled as u8;
    hi << 7 | first as u8
}

fn main() {
    let prog = [Instr::Simple(Op::Push), Instr::WithArg(Op::Jump, 12), Instr::Simple(Op::Nop)];
    let mut sum = 0u32;
    for i in prog {
        sum += encode(i);
    }
    let op = Op::Pop;
    let neg = op as i8 as f32;
    let back = 0x11u8 as Op;
    println!("{} {} {} {:?}", sum, tag(prog[0]), flag_bits(true, &[Op::Pop, Op::Nop]), neg);
    let _ = back;
}
