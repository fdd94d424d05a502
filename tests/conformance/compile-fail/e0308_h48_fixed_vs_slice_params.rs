// Mixing up `[T; N]` parameters and `&[T]` arguments.
const N: usize = 4;

fn checksum(block: [u8; N]) -> u8 {
    let mut c: u8 = 0;
    for b in block {
        c = c.wrapping_add(b).rotate_left(1);
    }
    c
}

fn count_zero(bytes: &[u8]) -> usize {
    let mut n = 0;
    for &b in bytes {
        if b == 0 {
            n += 1;
        }
    }
    n
}

fn main() {
    let packet = [1u8, 0, 3, 0, 5, 6, 0, 8];
    let first = &packet[..N];
    println!("checksum {}", checksum(first));
    println!("zeros {}", count_zero(packet));
    let block: [u8; N] = packet;
    println!("{}", checksum(block));
}
