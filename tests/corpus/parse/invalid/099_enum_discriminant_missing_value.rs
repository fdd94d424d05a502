#[repr(u8)]
enum Opcode {
    Nop = 0,
    Load = 1,
    Store = ,
    Halt = 255,
}

fn main() {
    println!("{}", Opcode::Halt as u8);
}
