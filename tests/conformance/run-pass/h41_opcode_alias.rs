// A bytecode assembler/disassembler that refers to its long enum through a short type alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MachineInstruction {
    Halt,
    LoadImm { reg: u8, value: u8 },
    AddReg(u8, u8),
    JumpIfZero { reg: u8, target: u8 },
    Print(u8),
}

type Ins = MachineInstruction;

fn encode(i: Ins, out: &mut [u8; 3]) -> usize {
    match i {
        Ins::Halt => {
            out[0] = 0x00;
            1
        }
        Ins::LoadImm { reg, value } => {
            *out = [0x10 | reg, value, 0];
            2
        }
        Ins::AddReg(a, b) => {
            out[0] = 0x20 | a;
            out[1] = b;
            2
        }
        Ins::JumpIfZero { reg, target } => {
            *out = [0x30 | reg, target, 0];
            2
        }
        Ins::Print(r) => {
            out[0] = 0x40 | r;
            1
        }
    }
}

fn decode(bytes: &[u8], at: usize) -> (Ins, usize) {
    let op = bytes[at];
    let reg = op & 0x0F;
    match op >> 4 {
        0 => (Ins::Halt, 1),
        1 => (Ins::LoadImm { reg, value: bytes[at + 1] }, 2),
        2 => (Ins::AddReg(reg, bytes[at + 1]), 2),
        3 => (Ins::JumpIfZero { reg, target: bytes[at + 1] }, 2),
        _ => (Ins::Print(reg), 1),
    }
}

fn main() {
    let program = [
        Ins::LoadImm { reg: 0, value: 5 },
        Ins::LoadImm { reg: 1, value: 250 },
        Ins::AddReg(0, 1),
        Ins::Print(0),
        Ins::JumpIfZero { reg: 2, target: 0 },
        Ins::Halt,
    ];
    let mut image = [0u8; 32];
    let mut len = 0;
    let mut buf = [0u8; 3];
    for &ins in &program {
        let n = encode(ins, &mut buf);
        for k in 0..n {
            image[len + k] = buf[k];
        }
        len += n;
    }
    println!("{} bytes: {:02x?}", len, &image[..len]);
    let mut at = 0;
    let mut idx = 0;
    while at < len {
        let (ins, n) = decode(&image, at);
        assert_eq!(ins, program[idx]);
        let note = if let Ins::JumpIfZero { target, .. } = ins { if target == 0 { " (loops to start)" } else { "" } } else { "" };
        println!("{:>3}: {:?}{}", at, ins, note);
        at += n;
        idx += 1;
    }
    println!("halts: {}", program[program.len() - 1] == Ins::Halt);
}
