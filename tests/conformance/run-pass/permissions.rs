// Unix-style permission bits: parsing "rwxr-x---" strings and printing octal.
const READ: u16 = 0b100;
const WRITE: u16 = 0b010;
const EXEC: u16 = 0b001;

fn parse_mode(text: &[u8; 9]) -> u16 {
    let mut mode = 0u16;
    for (i, &b) in text.iter().enumerate() {
        let bit = match i % 3 {
            0 => READ,
            1 => WRITE,
            _ => EXEC,
        };
        if b != b'-' {
            mode |= bit << (3 * (2 - i / 3));
        }
    }
    mode
}

fn render(mode: u16) {
    let chars = [b'r', b'w', b'x'];
    for i in 0..9 {
        let shift = 8 - i;
        if mode >> shift & 1 == 1 {
            print!("{}", chars[i % 3] as char);
        } else {
            print!("-");
        }
    }
}

fn can(mode: u16, who: u32, what: u16) -> bool {
    mode >> (3 * (2 - who)) & what != 0
}

fn main() {
    let inputs = [b"rwxr-x---", b"rw-r--r--", b"rwxrwxrwx", b"---------"];
    for text in inputs.iter() {
        let mode = parse_mode(text);
        print!("{:03o} {:#011b} ", mode, mode);
        render(mode);
        println!(" owner-write={} other-read={} ones={}", can(mode, 0, WRITE), can(mode, 2, READ), mode.count_ones());
    }
    let umask = 0o022;
    println!("0o777 & !umask = {:o}", 0o777 & !umask);
}
