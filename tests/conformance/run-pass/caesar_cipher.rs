// Caesar and Vigenere ciphers over a fixed message, round-tripped.
const MESSAGE: &[u8; 26] = b"Meet me at the old bridge!";

fn shift_byte(b: u8, shift: u8) -> u8 {
    if b.is_ascii_lowercase() {
        (b - b'a' + shift) % 26 + b'a'
    } else if b.is_ascii_uppercase() {
        (b - b'A' + shift) % 26 + b'A'
    } else {
        b
    }
}

fn caesar(input: &[u8; 26], shift: u8) -> [u8; 26] {
    let mut out = *input;
    for i in 0..out.len() {
        out[i] = shift_byte(input[i], shift % 26);
    }
    out
}

fn vigenere(input: &[u8; 26], key: &[u8], decrypt: bool) -> [u8; 26] {
    let mut out = [0u8; 26];
    let mut k = 0;
    for (i, &b) in input.iter().enumerate() {
        let mut shift = key[k % key.len()] - b'a';
        if decrypt {
            shift = (26 - shift) % 26;
        }
        out[i] = shift_byte(b, shift);
        if b.is_ascii_alphabetic() {
            k += 1;
        }
    }
    out
}

fn show(label: &str, bytes: &[u8]) {
    print!("{:>10}: ", label);
    for &b in bytes {
        print!("{}", b as char);
    }
    println!();
}

fn main() {
    show("plain", MESSAGE);
    let c = caesar(MESSAGE, 3);
    show("caesar+3", &c);
    show("back", &caesar(&c, 23));
    let v = vigenere(MESSAGE, b"lemon", false);
    show("vigenere", &v);
    let back = vigenere(&v, b"lemon", true);
    show("back", &back);
    assert!(back == *MESSAGE);
}
