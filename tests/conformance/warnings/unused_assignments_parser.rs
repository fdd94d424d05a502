// lints: unused_assignments unused_variables
// A tiny header parser whose state variables are written and then overwritten unread.
fn parse_header(bytes: &[u8]) -> (u32, u32) {
    let mut version = 1;
    let mut length = 0;
    let mut offset = 0;
    version = bytes[0] as u32;
    offset = 1;
    length = bytes[offset] as u32 * 256 + bytes[offset + 1] as u32;
    offset += 2;
    (version, length)
}

fn main() {
    let header = [2u8, 1, 44, 9, 9];
    let (v, len) = parse_header(&header);
    let mut checksum = 0u32;
    checksum = v + len;
    println!("version {} length {}", v, len);
}
