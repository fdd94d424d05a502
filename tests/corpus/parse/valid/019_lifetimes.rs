// Lifetimes: explicit parameters, bounds between lifetimes, 'static, '_ and elision.
use std::collections::HashMap;

pub struct Parser<'src> {
    input: &'src str,
    pos: usize,
}

impl<'src> Parser<'src> {
    pub fn new(input: &'src str) -> Parser<'src> {
        Parser { input, pos: 0 }
    }

    pub fn next_word(&mut self) -> Option<&'src str> {
        let rest = &self.input[self.pos..];
        let rest_trimmed = rest.trim_start();
        if rest_trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trimmed.len());
        let len = rest_trimmed.find(' ').unwrap_or(rest_trimmed.len());
        self.pos = start + len;
        Some(&self.input[start..start + len])
    }
}

pub struct Interner<'a, 'b: 'a> {
    names: HashMap<&'a str, usize>,
    backing: &'b [String],
}

impl<'a, 'b: 'a> Interner<'a, 'b> {
    pub fn intern(&mut self, name: &'b str) -> usize {
        let next = self.names.len();
        *self.names.entry(name).or_insert(next)
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first<'a, 'b>(x: &'a str, _y: &'b str) -> &'a str
where
    'b: 'a,
{
    x
}

fn static_message() -> &'static str {
    "static"
}

fn count_words(p: &mut Parser<'_>) -> usize {
    let mut n = 0;
    while p.next_word().is_some() {
        n += 1;
    }
    n
}

struct Holder<'a, T: 'a + ?Sized> {
    item: &'a T,
}

fn main() {
    let text = String::from("the quick brown fox");
    let mut p = Parser::new(&text);
    let backing = vec![String::from("a")];
    let mut interner = Interner { names: HashMap::new(), backing: &backing };
    let id = interner.intern(&backing[0]);
    let h: Holder<'_, str> = Holder { item: "slice" };
    println!("{} {} {} {}", count_words(&mut p), longest("ab", "c"), first("x", "y"), static_message());
    println!("{} {} {}", id, h.item, interner.backing.len());
}
