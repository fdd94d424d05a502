// Casting enums to integers: fine for field-less enums, not for data enums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opcode {
    Nop = 0x00,
    Load = 0x10,
    Store = 0x11,
    Jump = 0x20,
    Halt = 0xff,
}

#[derive(Debug, Clone, Copy)]
enum Instr {
    Simple(Opcode),
    WithArg(Opcode, u8),
    Far { op: Opcode, addr: u16 },
}

impl Instr {
    fn encode(&self) -> [u8; 3] {
        match *self {
            Instr::Simple(op) => [op as u8, 0, 0],
            Instr::WithArg(op, a) => [op as u8, a, 0],
            Instr::Far { op, addr } => [op as u8, (addr >> 8) as u8, addr as u8],
        }
    }

    fn tag(&self) -> u8 {
        *self as u8
    }
}

fn main() {
    let prog = [
        Instr::Simple(Opcode::Nop),
        Instr::WithArg(Opcode::Load, 7),
        Instr::Far { op: Opcode::Jump, addr: 0x1234 },
        Instr::Simple(Opcode::Halt),
    ];
    for i in prog.iter() {
        println!("{:?} -> {:?}", i, i.encode());
    }
    let kind = prog[1] as i32;
    let code = Opcode::Store as u16 + 1;
    let back = 0x10u8 as Opcode;
    println!("{} {} {:?}", kind, code, back);
}
