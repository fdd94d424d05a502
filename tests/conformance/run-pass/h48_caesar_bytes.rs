// Caesar shift over a byte array and a str, using u8 ASCII helpers.
fn shift_byte(b: u8, k: u8) -> u8 {
    if b.is_ascii_lowercase() {
        b'a' + (b - b'a' + k) % 26
    } else if b.is_ascii_uppercase() {
        b'A' + (b - b'A' + k) % 26
    } else {
        b
    }
}

fn encode(buf: &mut [u8], k: u8) {
    for b in buf {
        *b = shift_byte(*b, k);
    }
}

fn show(buf: &[u8]) {
    for &b in buf {
        print!("{}", b as char);
    }
    println!();
}

fn main() {
    let mut msg = *b"Hello, World!";
    show(&msg);
    encode(&mut msg, 3);
    show(&msg);
    encode(&mut msg, 23);
    show(&msg);

    let mut upper = [0u8; 5];
    let src = b"quiet";
    for i in 0..src.len() {
        upper[i] = src[i].to_ascii_uppercase();
    }
    show(&upper);
    let digits = b"a1b2c3";
    let mut n = 0;
    for b in digits.iter() {
        if b.is_ascii_digit() {
            n += 1;
        }
    }
    println!("digits: {n}");
}
