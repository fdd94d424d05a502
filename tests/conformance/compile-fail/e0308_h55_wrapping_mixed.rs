// A tiny 8-bit CPU emulator step with mixed-width register arithmetic.
struct Cpu {
    a: u8,
    pc: u16,
    carry: bool,
}

impl Cpu {
    fn add(&mut self, v: u8) {
        let (r, c) = self.a.overflowing_add(v);
        self.a = r;
        self.carry = c;
    }

    fn jump_rel(&mut self, off: i8) {
        self.pc = self.pc.wrapping_add(off);
    }

    fn inc_pc(&mut self) {
        self.pc = self.pc.wrapping_add(1);
    }

    fn load_hi(&mut self) {
        self.a = self.pc >> 8;
    }
}

fn main() {
    let mut cpu = Cpu { a: 250, pc: 0xfffe, carry: false };
    cpu.add(10);
    cpu.inc_pc();
    cpu.jump_rel(-3);
    cpu.load_hi();
    println!("{} {} {}", cpu.a, cpu.pc, cpu.carry);
}
