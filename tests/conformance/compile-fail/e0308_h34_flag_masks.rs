// Permission flags packed into integers of different widths.

const READ: u8 = 0b001;
const WRITE: u8 = 0b010;
const EXEC: u8 = 0b100;

fn mask_for(bit: u32) -> u32 {
    1 << bit
}

fn has(perms: u8, flag: u32) -> bool {
    perms & flag != 0
}

fn grant(perms: u16, flag: u8) -> u16 {
    perms | flag
}

fn shifted(owner: u8, group: u8, other: u8) -> u16 {
    ((owner as u16) << 6) | ((group as u16) << 3) | other as u16
}

fn main() {
    let p = READ | WRITE;
    println!("{}", has(p, mask_for(1)));
    println!("{}", grant(0, EXEC));
    println!("{:o}", shifted(7, 5, 5));
}
