// lints: unused_mut unreachable_code unused_variables
// Bitfield packing with casts; some bindings are declared `mut` needlessly.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Idle = 0,
    Run = 1,
    Fault = 3,
}

#[derive(Debug, Clone, Copy)]
struct Flags {
    mode: Mode,
    level: u8,
    armed: bool,
}

impl Flags {
    fn pack(&self) -> u16 {
        let mut bits = (self.mode as u16) << 14;
        let mut level = self.level as u16 & 0x3f;
        bits |= level << 8;
        bits | self.armed as u16
    }

    fn unpack(mut raw: u16) -> Flags {
        let mode = match raw >> 14 {
            0 => Mode::Idle,
            1 => Mode::Run,
            _ => Mode::Fault,
        };
        Flags { mode, level: (raw >> 8) as u8 & 0x3f, armed: raw & 1 == 1 }
    }
}

fn fault_code(f: &Flags) -> u32 {
    if f.mode == Mode::Fault {
        return 0xdead;
        let mut extra = f.level as u32;
        extra += 1;
    }
    f.level as u32
}

fn main() {
    let mut f = Flags { mode: Mode::Run, level: 42, armed: true };
    let mut packed = f.pack();
    let back = Flags::unpack(packed);
    let mut ch = (back.level + b'0') as char;
    println!("{:#06x} {:?} {} {}", packed, back, fault_code(&f), ch as u32);
    let idle = Mode::Idle as u8;
}
