// A command decoder whose patterns use tuple syntax on unit variants and constants.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmd {
    Nop,
    Jump(u16),
    Load(u8, u16),
    Halt,
}

const RESET: u16 = 0;

fn decode(op: u8, arg: u16) -> Cmd {
    match op {
        0 => Cmd::Nop,
        1 => Cmd::Jump(arg),
        2 => Cmd::Load((arg >> 8) as u8, arg & 0xFF),
        _ => Cmd::Halt,
    }
}

fn cycles(c: Cmd) -> u32 {
    match c {
        Cmd::Nop(_) => 1,
        Cmd::Jump(RESET) => 10,
        Cmd::Jump(_) => 3,
        Cmd::Load(_, addr) => 4 + (addr > 0xFF) as u32,
        Cmd::Halt() => 0,
    }
}

fn is_reset(target: u16) -> bool {
    match target {
        RESET(x) => x == 0,
        _ => false,
    }
}

fn main() {
    let program = [(1u8, 0u16), (2, 0x1234), (0, 0), (9, 0)];
    let mut total = 0;
    for (op, arg) in program {
        total += cycles(decode(op, arg));
    }
    println!("{} {}", total, is_reset(0));
    let c = decode(1, 5);
    println!("{}", c.target);
}
