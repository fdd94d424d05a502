// A tiny command-line tokenizer using let-else, while let over slices, labelled blocks and breaks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Word(usize, usize),
    Num(u32),
    Flag(u8),
}

fn digit_value(b: u8) -> u32 {
    (b - b'0') as u32
}

fn number(bytes: &[u8]) -> u32 {
    let mut rest = bytes;
    let mut n = 0u32;
    while let [d @ b'0'..=b'9', tail @ ..] = rest {
        n = n.saturating_mul(10).saturating_add(digit_value(*d));
        rest = tail;
    }
    n
}

fn scan(line: &[u8], out: &mut [Tok; 6]) -> usize {
    let mut count = 0;
    let mut i = 0;
    'outer: while i < line.len() {
        let start = i;
        while i < line.len() && line[i] != b' ' {
            i += 1;
        }
        let word = &line[start..i];
        i += 1;
        let tok = 'classify: {
            let [first, ..] = word else {
                continue 'outer;
            };
            if *first == b'-' {
                let [_, flag] = word else {
                    break 'classify Tok::Word(start, start + word.len());
                };
                break 'classify Tok::Flag(*flag);
            }
            if first.is_ascii_digit() {
                break 'classify Tok::Num(number(word));
            }
            Tok::Word(start, start + word.len())
        };
        if count == out.len() {
            break 'outer;
        }
        out[count] = tok;
        count += 1;
    }
    count
}

fn main() {
    let line = b"copy -r  src 250 --all dst 99x";
    let mut toks = [Tok::Num(0); 6];
    let n = scan(line, &mut toks);
    for t in &toks[..n] {
        match *t {
            Tok::Word(a, b) => {
                print!("word(");
                for &c in &line[a..b] {
                    print!("{}", c as char);
                }
                println!(")");
            }
            Tok::Num(v) => println!("num {}", v),
            Tok::Flag(f) => println!("flag -{}", f as char),
        }
    }
    let total = loop {
        let mut acc = 0;
        for t in toks[..n].iter() {
            if let Tok::Num(v) = t {
                acc += v;
            }
        }
        break acc;
    };
    println!("total {} of {}", total, n);
}
