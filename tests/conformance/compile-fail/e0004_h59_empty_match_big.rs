#[derive(Debug, Clone, Copy)]
enum Instr {
    Nop,
    Load(u8),
    Store(u8),
    Jump { target: u16 },
    Halt,
}

#[derive(Debug, Clone, Copy)]
enum Unit {
    Only,
}

fn cycles(i: Instr) -> u32 {
    match i {
    }
}

fn unit_val(u: Unit) -> u32 {
    match u {}
}

fn main() {
    let prog = [Instr::Nop, Instr::Load(1), Instr::Store(2), Instr::Jump { target: 0 }, Instr::Halt];
    let mut total = 0;
    for i in prog {
        total += cycles(i);
    }
    println!("{} {}", total, unit_val(Unit::Only));
}
