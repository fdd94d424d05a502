// Word and sentence statistics over a byte-string text with u8 classification methods.
const TEXT: &[u8] = b"Rust is fast. It is also safe!  Are 2 checks enough? Maybe.";

#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    words: u32,
    sentences: u32,
    digits: u32,
    upper: u32,
    longest: usize,
}

fn analyze(text: &[u8]) -> Stats {
    let mut s = Stats::default();
    let mut run = 0usize;
    for &b in text {
        if b.is_ascii_alphanumeric() {
            run += 1;
            if b.is_ascii_digit() {
                s.digits += 1;
            }
            if b.is_ascii_uppercase() {
                s.upper += 1;
            }
        } else {
            if run > 0 {
                s.words += 1;
                s.longest = s.longest.max(run);
            }
            run = 0;
            if b == b'.' || b == b'!' || b == b'?' {
                s.sentences += 1;
            }
        }
    }
    if run > 0 {
        s.words += 1;
        s.longest = s.longest.max(run);
    }
    s
}

fn main() {
    let s = analyze(TEXT);
    println!("{:?}", s);
    println!("bytes {} avg word x100 {}", TEXT.len(), (TEXT.len() as u32 * 100) / s.words.max(1));
    let mut caps = [0u8; 12];
    for i in 0..caps.len() {
        caps[i] = TEXT[i].to_ascii_uppercase();
    }
    for c in caps {
        print!("{}", c as char);
    }
    println!();
    println!("{:?}", analyze(b""));
}
