// A word counter that dereferences values that are not references.
#[derive(Debug, Clone, Copy)]
struct Counts {
    words: u32,
    lines: u32,
    bytes: usize,
}

fn count(text: &[u8]) -> Counts {
    let mut c = Counts { words: 0, lines: 1, bytes: text.len() };
    let mut in_word = false;
    for &b in text {
        if b == b'\n' {
            c.lines += 1;
        }
        if b.is_ascii_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            c.words += 1;
        }
    }
    c
}

fn bump(total: &mut u32, by: u32) {
    *total += *by;
}

fn main() {
    let c = count(b"one two\nthree");
    let mut total = 0;
    bump(&mut total, c.words);
    let w = *c.words;
    let copy = c;
    let l = *copy;
    let bytes = &c.bytes;
    let b = **bytes;
    println!("{} {} {} {}", total, w, l.lines, b);
}
