// Scrabble scores and anagram detection over ASCII byte strings.
const SCORES: [u8; 26] = [
    1, 3, 3, 2, 1, 4, 2, 4, 1, 8, 5, 1, 3, 1, 1, 3, 10, 1, 1, 1, 1, 4, 4, 8, 4, 10,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bonus {
    None,
    DoubleWord,
    TripleWord,
}

fn letter_score(b: u8) -> u32 {
    match b.to_ascii_lowercase() {
        c @ b'a'..=b'z' => SCORES[(c - b'a') as usize] as u32,
        _ => 0,
    }
}

fn word_score(word: &[u8], bonus: Bonus) -> u32 {
    let mut s = 0;
    for &b in word {
        s += letter_score(b);
    }
    match bonus {
        Bonus::None => s,
        Bonus::DoubleWord => s * 2,
        Bonus::TripleWord => s * 3,
    }
}

fn letter_counts(word: &[u8]) -> [u8; 26] {
    let mut counts = [0u8; 26];
    for &b in word {
        if b.is_ascii_alphabetic() {
            counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    counts
}

fn same_letters(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut identical = true;
    for i in 0..a.len() {
        if a[i].to_ascii_lowercase() != b[i].to_ascii_lowercase() {
            identical = false;
        }
    }
    !identical && letter_counts(a) == letter_counts(b)
}

fn main() {
    let target: &[u8] = b"Listen";
    let candidates: [&[u8]; 6] = [b"enlists", b"google", b"inlets", b"banana", b"Silent", b"LISTEN"];
    let mut found = 0;
    for cand in candidates {
        let ana = same_letters(target, cand);
        if ana {
            found += 1;
        }
        let bonus = match cand.len() {
            0..=5 => Bonus::None,
            6 if ana => Bonus::TripleWord,
            6 => Bonus::DoubleWord,
            _ => Bonus::None,
        };
        println!("{:>8} anagram={:<5} {:?} -> {} points", cand.len(), ana, bonus, word_score(cand, bonus));
    }
    println!("{} anagrams of listen", found);
    let mut best = (0u32, 0usize);
    let words: [&[u8]; 4] = [b"quiz", b"jazz", b"oxyphenbutazone", b"cabbage"];
    for (i, w) in words.iter().enumerate() {
        let s = word_score(w, Bonus::None);
        if s > best.0 {
            best = (s, i);
        }
    }
    println!("best word index {} with {} points", best.1, best.0);
}
