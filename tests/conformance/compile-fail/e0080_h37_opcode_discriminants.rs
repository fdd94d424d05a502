// Opcodes of a toy virtual machine, numbered by expressions over constants.
const BASE: isize = 0x10;
const GROUP: isize = 0;
const BIG: isize = isize::MAX;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Opcode {
    Nop = BASE,
    Load = BASE + 1,
    Store = BASE * 2,
    Jump = BASE / GROUP,
    Call = BIG + 1,
    Ret = 1 << 63,
    Halt = -1,
}

fn cost(op: Opcode) -> u32 {
    match op {
        Opcode::Nop | Opcode::Halt => 0,
        Opcode::Load | Opcode::Store => 2,
        Opcode::Jump | Opcode::Call | Opcode::Ret => 3,
    }
}

fn main() {
    let program = [Opcode::Load, Opcode::Store, Opcode::Jump, Opcode::Call, Opcode::Ret, Opcode::Nop, Opcode::Halt];
    let mut total = 0;
    for op in program {
        total += cost(op);
    }
    println!("{} {}", total, Opcode::Store as isize);
}
