// Word wrapping and full justification of a fixed paragraph, byte by byte.
const TEXT: &[u8] = b"Sluice reads Rust code and reports the same errors as rustc, only faster, so that an editor can show them while you type.";
const WIDTH: usize = 30;

fn word_bounds(text: &[u8], out: &mut [(usize, usize); 64]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < text.len() {
        while i < text.len() && text[i] == b' ' {
            i += 1;
        }
        let start = i;
        while i < text.len() && text[i] != b' ' {
            i += 1;
        }
        if i > start {
            out[n] = (start, i);
            n += 1;
        }
    }
    n
}

fn print_line(words: &[(usize, usize)], last: bool) {
    let mut letters = 0;
    for &(s, e) in words {
        letters += e - s;
    }
    let gaps = words.len() - 1;
    let spaces = WIDTH - letters;
    for (k, &(s, e)) in words.iter().enumerate() {
        for &b in &TEXT[s..e] {
            print!("{}", b as char);
        }
        if k < gaps {
            let pad = if last { 1 } else { spaces / gaps + if k < spaces % gaps { 1 } else { 0 } };
            print!("{:pad$}", "", pad = pad);
        }
    }
    println!("|");
}

fn main() {
    let mut words = [(0, 0); 64];
    let n = word_bounds(TEXT, &mut words);
    let mut start = 0;
    while start < n {
        let mut end = start;
        let mut len = 0;
        while end < n && len + (words[end].1 - words[end].0) + (end - start) <= WIDTH {
            len += words[end].1 - words[end].0;
            end += 1;
        }
        print_line(&words[start..end], end == n);
        start = end;
    }
    println!("{} words", n);
}
