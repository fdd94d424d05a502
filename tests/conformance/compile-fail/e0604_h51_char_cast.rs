// Caesar cipher with cast mistakes
fn shift_char(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        let base = b'a';
        let off = (c as u8 - base + k) % 26;
        (base + off) as char
    } else {
        c
    }
}

fn code_to_char(code: u32) -> char {
    code as char
}

fn main() {
    let msg = ['h', 'e', 'l', 'l', 'o'];
    for c in msg {
        print!("{}", shift_char(c, 3));
    }
    println!();
    let x = code_to_char(65);
    let y = 66i32 as char;
    let z = 67u8 as char;
    println!("{} {} {}", x, y, z);
}
