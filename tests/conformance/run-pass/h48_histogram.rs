// Byte histogram of a text, then a bar chart of the top letters.
fn histogram(text: &[u8]) -> [u32; 26] {
    let mut h = [0u32; 26];
    for &b in text {
        if b.is_ascii_alphabetic() {
            let idx = (b.to_ascii_lowercase() - b'a') as usize;
            h[idx] += 1;
        }
    }
    h
}

fn argmax(h: &[u32; 26]) -> usize {
    let mut best = 0;
    for i in 1..h.len() {
        if h[i] > h[best] {
            best = i;
        }
    }
    best
}

fn main() {
    let text = b"The quick brown fox jumps over the lazy dog, then naps near the den.";
    let mut h = histogram(text);
    let mut rank = 1;
    while rank <= 4 {
        let i = argmax(&h);
        let letter = (b'a' + i as u8) as char;
        let mut bar = [b' '; 12];
        let width = (h[i] as usize).min(bar.len());
        for slot in &mut bar[..width] {
            *slot = b'*';
        }
        print!("{rank}. {letter} {:>2} |", h[i]);
        for &c in bar.iter() {
            print!("{}", c as char);
        }
        println!("|");
        h[i] = 0;
        rank += 1;
    }
    let mut zero_letters = 0;
    for count in h {
        if count == 0 {
            zero_letters += 1;
        }
    }
    println!("letters now zero: {zero_letters}");
}
