// Text statistics: word frequencies with a HashMap, sorting by count, line/char totals.
use std::collections::HashMap;
use std::io::{self, BufRead};

#[derive(Debug, Default)]
struct Stats {
    lines: usize,
    words: usize,
    chars: usize,
    longest: Option<String>,
    freq: HashMap<String, u32>,
}

impl Stats {
    fn add_line(&mut self, line: &str) {
        self.lines += 1;
        self.chars += line.chars().count();
        for raw in line.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            let word = raw.trim_matches('\'').to_lowercase();
            if word.is_empty() {
                continue;
            }
            self.words += 1;
            if self.longest.as_ref().map_or(true, |l| word.len() > l.len()) {
                self.longest = Some(word.clone());
            }
            *self.freq.entry(word).or_insert(0) += 1;
        }
    }

    fn top(&self, n: usize) -> Vec<(&str, u32)> {
        let mut v: Vec<(&str, u32)> = self.freq.iter().map(|(w, &c)| (w.as_str(), c)).collect();
        v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.into_iter().take(n).collect()
    }
}

fn main() -> io::Result<()> {
    let mut stats = Stats::default();
    let sample = "The quick brown fox\njumps over the lazy dog.\nThe dog didn't care.";
    for line in sample.lines() {
        stats.add_line(line);
    }
    if std::env::var_os("READ_STDIN").is_some() {
        for line in io::stdin().lock().lines() {
            stats.add_line(&line?);
        }
    }
    println!("lines={} words={} chars={} longest={:?}", stats.lines, stats.words, stats.chars, stats.longest);
    for (word, count) in stats.top(3) {
        println!("{count:>4} {word}");
    }
    Ok(())
}
