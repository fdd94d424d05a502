// Instruction decoder whose opcode enum reuses a value; the decode loop uses a labelled block.
const GROUP_ALU: isize = 0x10;
const GROUP_MEM: isize = 0x20;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Opcode {
    Nop = 0,
    Add = GROUP_ALU,
    Sub = GROUP_ALU + 1,
    Load = GROUP_MEM,
    Store = GROUP_MEM + 1,
    Halt = 0x11,
}

fn decode(byte: u8) -> Opcode {
    let op = 'found: {
        for candidate in [Opcode::Add, Opcode::Sub, Opcode::Load, Opcode::Store] {
            if candidate as u8 == byte {
                break 'found candidate;
            }
        }
        if byte == 0xFF {
            break;
        }
        Opcode::Nop
    };
    op
}

fn main() {
    for b in [0x10u8, 0x21, 0x11, 0x00] {
        println!("{:#04x} -> {:?}", b, decode(b));
    }
    println!("{}", Opcode::Halt as u8);
}
