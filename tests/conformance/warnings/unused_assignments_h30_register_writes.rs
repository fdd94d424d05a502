// lints: unused_assignments unused_variables
// A tiny CPU emulator: register values overwritten before they are read.

#[derive(Debug, Clone, Copy)]
enum Op {
    Load(u8),
    Add(u8),
    Shift,
    Out,
}

fn run(program: &[Op]) -> u8 {
    let mut acc: u8 = 0;
    let mut carry = false;
    let mut flags = 0u8;
    let mut out = 0;
    for op in program {
        match *op {
            Op::Load(v) => {
                carry = false;
                acc = v;
            }
            Op::Add(v) => {
                let (sum, c) = acc.overflowing_add(v);
                acc = sum;
                carry = c;
            }
            Op::Shift => {
                flags = acc & 1;
                acc >>= 1;
            }
            Op::Out => out = acc,
        }
    }
    flags = 0;
    out
}

fn decode(word: u16) -> Op {
    let mut opcode = word >> 12;
    let mut operand = (word & 0xff) as u8;
    opcode = word >> 8;
    match opcode {
        0x10 => Op::Load(operand),
        0x20 => Op::Add(operand),
        0x30 => {
            operand = 0;
            Op::Shift
        }
        _ => Op::Out,
    }
}

fn checksum(bytes: [u8; 4]) -> u8 {
    let mut sum = 0u8;
    let mut rounds = 0;
    for b in bytes {
        sum = sum.wrapping_add(b);
        rounds += 1;
    }
    let mut tail = sum;
    tail = sum ^ 0xff;
    tail = sum;
    tail
}

fn main() {
    let program = [decode(0x1005), decode(0x2007), decode(0x3000), Op::Out];
    println!("{:?}", program);
    println!("out {}", run(&program));
    println!("sum {}", checksum([1, 2, 3, 250]));
}
