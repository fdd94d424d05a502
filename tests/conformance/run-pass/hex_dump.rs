// An xxd-style hex dump of a fixed byte string.
const DATA: &[u8] = b"sluice\x00\x01\x02 checks \xffRust\tcode\nquickly, 42 times!";

fn main() {
    for (line, chunk_start) in (0..DATA.len()).step_by(16).enumerate() {
        let end = (chunk_start + 16).min(DATA.len());
        let chunk = &DATA[chunk_start..end];
        print!("{:08x}: ", line * 16);
        for i in 0..16 {
            if i < chunk.len() {
                print!("{:02x}", chunk[i]);
            } else {
                print!("  ");
            }
            if i % 2 == 1 {
                print!(" ");
            }
        }
        print!(" ");
        for &b in chunk {
            let shown = if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' };
            print!("{}", shown);
        }
        println!();
    }
    let mut checksum: u8 = 0;
    for &b in DATA {
        checksum = checksum.wrapping_add(b);
    }
    println!("{} bytes, checksum {:#04x}, {:b}", DATA.len(), checksum, checksum);
}
