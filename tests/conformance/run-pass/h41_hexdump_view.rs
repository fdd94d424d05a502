// A hexdump with offsets, grouped bytes, an ASCII column, and run collapsing of identical lines.
const WIDTH: usize = 16;

fn printable(b: u8) -> char {
    if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' }
}

fn same_line(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a == b
}

fn dump(data: &[u8]) {
    let mut offset = 0;
    let mut collapsed = false;
    while offset < data.len() {
        let end = (offset + WIDTH).min(data.len());
        let line = &data[offset..end];
        if offset >= WIDTH && end - offset == WIDTH && same_line(line, &data[offset - WIDTH..offset]) {
            if !collapsed {
                println!("*");
                collapsed = true;
            }
            offset = end;
            continue;
        }
        collapsed = false;
        print!("{:08x}  ", offset);
        for i in 0..WIDTH {
            if i < line.len() {
                print!("{:02x} ", line[i]);
            } else {
                print!("   ");
            }
            if i == WIDTH / 2 - 1 {
                print!(" ");
            }
        }
        print!(" |");
        for &b in line {
            print!("{}", printable(b));
        }
        println!("|");
        offset = end;
    }
    println!("{:08x}", data.len());
}

fn main() {
    let mut blob = [0u8; 88];
    let header = b"SLUICE\x00\x01hexdump demo\n\t~";
    for (i, &b) in header.iter().enumerate() {
        blob[i] = b;
    }
    // 48 identical bytes in the middle to exercise collapsing
    for b in &mut blob[32..80] {
        *b = 0xAA;
    }
    for (i, b) in blob[80..].iter_mut().enumerate() {
        *b = (i as u8).wrapping_mul(37) ^ 0x5C;
    }
    dump(&blob);
    println!("--");
    dump(b"short");
    println!("--");
    dump(&[]);
}
