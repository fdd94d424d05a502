// A key=value parser whose struct, impl and method each repeat a lifetime name.
#[derive(Debug, Clone, Copy)]
struct Pair<'a, 'a> {
    key: &'a str,
    value: &'a str,
}

#[derive(Debug, Clone, Copy)]
struct Parser<'src> {
    text: &'src [u8],
}

impl<'src> Parser<'src> {
    fn split<'k, 'k>(&self, at: usize) -> (&'src [u8], &'src [u8]) {
        (&self.text[..at], &self.text[at + 1..])
    }

    fn find_eq(&self) -> usize {
        let mut i = 0;
        while i < self.text.len() && self.text[i] != b'=' {
            i += 1;
        }
        i
    }
}

fn longest<'x>(a: &'x [u8], b: &'x [u8]) -> &'x [u8] {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let p = Parser { text: b"mode=fast" };
    let (k, v) = p.split(p.find_eq());
    println!("{:?} {:?} {:?}", k, v, longest(k, v));
}
