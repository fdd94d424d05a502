// lints: unreachable_patterns
fn opcode(b: u8) -> &'static str {
    match b {
        0x00 => "nop",
        0x01..=0x7F => "data",
        0x80 => "escape",
        0xFF => "end",
        0x100 => "extended",
        _ => "reserved",
    }
}

fn delta(d: i8) -> i8 {
    match d {
        -128..=-1 => -1,
        0 => 0,
        1..=127 => 1,
    }
}

fn main() {
    println!("{} {}", opcode(0x80), delta(5));
}
