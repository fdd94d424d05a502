// Bytecode interpreter: opcodes are consts matched in patterns.
mod op {
    pub const HALT: u8 = 0x00;
    pub const PUSH: u8 = 0x01;
    pub const ADD: u8 = 0x02;
    pub const JMP: u16 = 0x10;
    pub const LOW_USER: u8 = 0x80;
    pub const HIGH_USER: u8 = 0xFE;
}

struct Vm {
    stack: [i32; 8],
    sp: usize,
    pc: usize,
}

impl Vm {
    fn step(&mut self, code: &[u8]) -> bool {
        let byte = code[self.pc];
        self.pc += 1;
        match byte {
            op::HALT => return false,
            op::PUSH => {
                self.stack[self.sp] = code[self.pc] as i32;
                self.sp += 1;
                self.pc += 1;
            }
            op::ADD => {
                self.sp -= 1;
                self.stack[self.sp - 1] += self.stack[self.sp];
            }
            op::JMP => self.pc = code[self.pc] as usize,
            op::LOW_USER..=op::HIGH_USER => println!("user op {}", byte),
            _ => println!("bad op {}", byte),
        }
        true
    }
}

fn main() {
    let code = [op::PUSH, 2, op::PUSH, 40, op::ADD, 0x85, op::HALT];
    let mut vm = Vm { stack: [0; 8], sp: 0, pc: 0 };
    while vm.step(&code) {}
    println!("top = {}", vm.stack[vm.sp - 1]);
    let done: bool = vm.pc;
    println!("{}", done);
}
