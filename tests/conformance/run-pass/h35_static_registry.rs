// Opcode registry: statics of structs and tuples read from functions,
// consts used as match patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Load,
    Store,
    Jump,
    Halt,
}

struct OpInfo {
    code: u8,
    name: &'static str,
    kind: Kind,
    cycles: u8,
}

const OP_LOAD: u8 = 0x10;
const OP_STORE: u8 = OP_LOAD + 1;
const OP_JUMP: u8 = 0x20;
const OP_HALT: u8 = 0xFF;

static OPS: [OpInfo; 4] = [
    OpInfo { code: OP_LOAD, name: "load", kind: Kind::Load, cycles: 2 },
    OpInfo { code: OP_STORE, name: "store", kind: Kind::Store, cycles: 3 },
    OpInfo { code: OP_JUMP, name: "jump", kind: Kind::Jump, cycles: 1 },
    OpInfo { code: OP_HALT, name: "halt", kind: Kind::Halt, cycles: 0 },
];

static LIMITS: (u8, u16) = (16, 1024);
static BANNER: &str = "vm 0.3";

fn info(code: u8) -> &'static OpInfo {
    let mut i = 0;
    while i < OPS.len() {
        if OPS[i].code == code {
            return &OPS[i];
        }
        i += 1;
    }
    &OPS[OPS.len() - 1]
}

fn describe(code: u8) -> &'static str {
    match code {
        OP_LOAD | OP_STORE => "memory",
        OP_JUMP => "control",
        OP_HALT => "stop",
        0x00..=0x0F => "reserved",
        _ => "unknown",
    }
}

fn run(program: &[u8]) -> u32 {
    let mut cycles = 0u32;
    let mut pc = 0;
    let mut steps = 0;
    while pc < program.len() && steps < LIMITS.0 {
        let op = info(program[pc]);
        cycles += op.cycles as u32;
        steps += 1;
        match op.kind {
            Kind::Halt => break,
            Kind::Jump => pc = (pc + 2) % program.len(),
            Kind::Load | Kind::Store => pc += 1,
        }
    }
    cycles
}

fn main() {
    println!("{} ({} ops, memory {})", BANNER, OPS.len(), LIMITS.1);
    for op in &OPS {
        println!("{:#04x} {:<6} {:?} {}", op.code, op.name, op.kind, describe(op.code));
    }
    let prog = [OP_LOAD, OP_STORE, OP_JUMP, 0x03, OP_LOAD, OP_HALT];
    println!("cycles {}", run(&prog));
    println!("{} {}", describe(0x05), describe(0x99));
    println!("{}", info(0x42).name == "halt");
}
