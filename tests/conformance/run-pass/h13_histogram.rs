// ASCII histogram of letter frequencies with fill/alignment format specs and sorting by hand.
const TEXT: &[u8] = b"It was the best of times, it was the worst of times, it was the age of wisdom, \
                    it was the age of foolishness, it was the epoch of belief";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    count: u32,
    letter: u8,
}

fn tally(text: &[u8]) -> [u32; 26] {
    let mut counts = [0u32; 26];
    for &b in text {
        if b.is_ascii_alphabetic() {
            let idx = (b.to_ascii_lowercase() - b'a') as usize;
            counts[idx] += 1;
        }
    }
    counts
}

fn top_entries(counts: &[u32; 26], out: &mut [Entry]) {
    let mut all = [Entry { count: 0, letter: b'?' }; 26];
    for (i, &c) in counts.iter().enumerate() {
        all[i] = Entry { count: c, letter: b'a' + i as u8 };
    }
    // selection sort, highest count first, ties by letter
    for i in 0..all.len() {
        let mut best = i;
        for j in i + 1..all.len() {
            let (a, b) = (all[j], all[best]);
            if a.count > b.count || (a.count == b.count && a.letter < b.letter) {
                best = j;
            }
        }
        let tmp = all[i];
        all[i] = all[best];
        all[best] = tmp;
    }
    for i in 0..out.len() {
        out[i] = all[i];
    }
}

fn bar(n: u32, scale: u32) {
    let width = (n * 40 + scale - 1) / scale;
    for _ in 0..width {
        print!("=");
    }
}

fn main() {
    let counts = tally(TEXT);
    let mut total = 0u32;
    for c in counts {
        total += c;
    }
    let mut top = [Entry { count: 0, letter: b' ' }; 8];
    top_entries(&counts, &mut top);
    let max = top[0].count;
    println!("{:=^50}", " letter frequency ");
    for (rank, e) in top.iter().enumerate() {
        let pct = e.count as f64 * 100.0 / total as f64;
        print!("{:>2}. {} {:>3} {:>5.1}% |", rank + 1, (e.letter as char).to_ascii_uppercase(), e.count, pct);
        bar(e.count, max);
        println!();
    }
    println!("{:=<50}", "");
    let missing = {
        let mut m = 0;
        for &c in counts.iter() {
            if c == 0 {
                m += 1;
            }
        }
        m
    };
    println!("{:>10}: {:<6}|{:^8}|{:>6}", "total", total, "missing", missing);
    println!("{:_>10}: {:#<6}|{:-^8}|{:+>6}", "pad", 7, "x", -3);
    println!("{:?}", &top[..3]);
}
