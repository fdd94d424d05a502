// Opcode lengths read from a const table, with a few mistakes.
const LENGTHS: [u8; 4] = [1, 2, 3, 250];
const LAST: usize = 4;
const LAST_LEN: u8 = LENGTHS[LAST];
const JUMP_LEN: u8 = LENGTHS[3] + 10;
const CALL_LEN: u8 = LENGTHS[LAST - 2] * 2;
const NAMES: [&str; 2] = ["nop", "jmp"];
const BAD_NAME: &str = NAMES[2];

fn describe(op: usize) -> u8 {
    let len: u8 = LENGTHS.len();
    if op < LENGTHS.len() {
        return LENGTHS[op];
    }
    len
}

fn main() {
    println!("{} {} {} {}", LAST_LEN, JUMP_LEN, CALL_LEN, BAD_NAME);
    println!("{}", describe(1));
}
