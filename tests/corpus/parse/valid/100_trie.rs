// A prefix trie over bytes with insertion, lookup, prefix completion and counting.
use std::collections::BTreeMap;

#[derive(Default, Debug)]
pub struct Trie {
    children: BTreeMap<u8, Trie>,
    terminal: bool,
    count: usize,
}

impl Trie {
    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = self;
        for &b in word.as_bytes() {
            node.count += 1;
            node = node.children.entry(b).or_default();
        }
        node.count += 1;
        let fresh = !node.terminal;
        node.terminal = true;
        fresh
    }

    fn find(&self, prefix: &str) -> Option<&Trie> {
        prefix.bytes().try_fold(self, |node, b| node.children.get(&b))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_some_and(|n| n.terminal)
    }

    pub fn with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(start) = self.find(prefix) {
            let mut stack: Vec<(Vec<u8>, &Trie)> = vec![(prefix.as_bytes().to_vec(), start)];
            while let Some((path, node)) = stack.pop() {
                if node.terminal {
                    out.push(String::from_utf8_lossy(&path).into_owned());
                }
                for (&b, child) in node.children.iter().rev() {
                    let mut p = path.clone();
                    p.push(b);
                    stack.push((p, child));
                }
            }
        }
        out
    }
}

fn main() {
    let mut t = Trie::default();
    for w in ["car", "cart", "care", "cat", "dog", "do", "car"] {
        t.insert(w);
    }
    println!("{} {} {}", t.contains("car"), t.contains("ca"), t.contains("dog"));
    println!("{:?}", t.with_prefix("car"));
    println!("{:?} {:?}", t.with_prefix("d"), t.with_prefix("x"));
}
