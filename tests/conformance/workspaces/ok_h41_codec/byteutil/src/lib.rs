/// Big-endian helpers over fixed buffers.
pub fn put_u16(buf: &mut [u8], at: usize, v: u16) {
    buf[at] = (v >> 8) as u8;
    buf[at + 1] = v as u8;
}

pub fn get_u16(buf: &[u8], at: usize) -> u16 {
    (buf[at] as u16) << 8 | buf[at + 1] as u16
}

pub fn checksum(data: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for &b in data {
        sum = sum.wrapping_add(b).rotate_left(1);
    }
    !sum
}

pub fn hex_line(data: &[u8]) {
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            print!(" ");
        }
        print!("{:02X}", b);
    }
    println!();
}
