// lints: unused_must_use unused_variables
// Normalising a byte buffer in place, with two lines that forget to store the result.
fn clean(buf: &mut [u8; 12]) -> usize {
    let mut changed = 0;
    for i in 0..buf.len() {
        let b = buf[i];
        if b.is_ascii_uppercase() {
            buf[i].to_ascii_lowercase();
            changed += 1;
        } else if b.is_ascii_whitespace() {
            buf[i] = b'_';
            changed += 1;
        }
    }
    changed
}

fn checksum(buf: &[u8; 12]) -> u16 {
    let mut sum: u16 = 0;
    for b in buf {
        sum = sum.wrapping_add(*b as u16);
        sum.rotate_left(3);
    }
    sum
}

fn main() {
    let mut buf = *b"Hello World!";
    let n = clean(&mut buf);
    let first = buf[0];
    let sum = checksum(&buf);
    for b in buf {
        print!("{}", b as char);
    }
    println!(" {}", sum);
}
