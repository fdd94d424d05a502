// A prefix trie over lowercase words stored in a fixed arena of nodes with child index tables.
const MAX_NODES: usize = 128;
const NONE: u16 = u16::MAX;

#[derive(Clone, Copy)]
struct Node {
    children: [u16; 26],
    terminal: bool,
    count: u16, // words passing through this node
}

impl Node {
    const BLANK: Node = Node { children: [NONE; 26], terminal: false, count: 0 };
}

struct Trie {
    nodes: [Node; MAX_NODES],
    used: usize,
}

fn slot(b: u8) -> usize {
    debug_assert!(b.is_ascii_lowercase());
    (b - b'a') as usize
}

impl Trie {
    fn new() -> Trie {
        Trie { nodes: [Node::BLANK; MAX_NODES], used: 1 }
    }

    fn insert(&mut self, word: &[u8]) -> bool {
        let mut cur = 0usize;
        for &b in word {
            self.nodes[cur].count += 1;
            let next = self.nodes[cur].children[slot(b)];
            cur = if next == NONE {
                let fresh = self.used;
                assert!(fresh < MAX_NODES, "trie arena full");
                self.used += 1;
                self.nodes[cur].children[slot(b)] = fresh as u16;
                fresh
            } else {
                next as usize
            };
        }
        self.nodes[cur].count += 1;
        let was_new = !self.nodes[cur].terminal;
        self.nodes[cur].terminal = true;
        was_new
    }

    fn find(&self, prefix: &[u8]) -> usize {
        let mut cur = 0;
        for &b in prefix {
            match self.nodes[cur].children[slot(b)] {
                NONE => return usize::MAX,
                n => cur = n as usize,
            }
        }
        cur
    }

    fn contains(&self, word: &[u8]) -> bool {
        let n = self.find(word);
        n != usize::MAX && self.nodes[n].terminal
    }

    fn count_prefix(&self, prefix: &[u8]) -> u16 {
        match self.find(prefix) {
            usize::MAX => 0,
            n => self.nodes[n].count,
        }
    }

    fn print_words(&self, node: usize, buf: &mut [u8; 16], depth: usize) {
        if self.nodes[node].terminal {
            for &b in &buf[..depth] {
                print!("{}", b as char);
            }
            print!(" ");
        }
        for (i, &child) in self.nodes[node].children.iter().enumerate() {
            if child != NONE {
                buf[depth] = b'a' + i as u8;
                self.print_words(child as usize, buf, depth + 1);
            }
        }
    }
}

fn main() {
    let mut t = Trie::new();
    let words: [&[u8]; 10] = [b"car", b"cart", b"carbon", b"cat", b"dog", b"dot", b"do", b"car", b"zebra", b"cab"];
    let mut fresh = 0;
    for w in words {
        if t.insert(w) {
            fresh += 1;
        }
    }
    println!("{} distinct words, {} nodes", fresh, t.used);
    for p in [&b"ca"[..], b"car", b"do", b"x", b""] {
        print!("prefix {:?}: {} words", p.len(), t.count_prefix(p));
        println!(", exact={}", t.contains(p));
    }
    let mut buf = [0u8; 16];
    t.print_words(0, &mut buf, 0);
    println!();
}
