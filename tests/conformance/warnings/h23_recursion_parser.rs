// lints: unconditional_recursion
// A recursive descent parser where some rules forgot their base case.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Node {
    Leaf(u8),
    Pair(u8, u8),
}

struct Parser {
    pos: usize,
    depth: u32,
}

impl Parser {
    fn expr(&mut self, src: &[u8]) -> Node {
        if self.pos >= src.len() {
            return Node::Leaf(0);
        }
        self.pos += 1;
        self.term(src)
    }

    fn term(&mut self, src: &[u8]) -> Node {
        Node::Leaf(src[self.pos - 1])
    }

    fn nest(&mut self, src: &[u8]) -> Node {
        self.depth += 1;
        self.nest(src)
    }

    fn peek(&self) -> usize {
        let p = self.peek();
        p
    }

    fn skip(&mut self, n: usize) {
        if n > 0 {
            self.pos += 1;
        }
        Self::skip(self, n - 1)
    }

    fn level(&self) -> u32 {
        match self.depth {
            0 => self.level(),
            d => d + self.level(),
        }
    }
}

fn count(n: u32) -> u32 {
    if n == 0 { 0 } else { count(n - 1) + 1 }
}

fn forever(n: u32) -> u32 {
    loop {
        return forever(n + 1);
    }
}

fn spin(n: u32) -> u32 {
    let r = spin(n);
    if n > 3 {
        return r;
    }
    r + 1
}

fn maybe(n: u32) -> u32 {
    while n > 2 {
        return maybe(n - 1);
    }
    n
}

fn main() {
    let mut p = Parser { pos: 0, depth: 0 };
    let src = [1u8, 2, 3];
    println!("{:?} {}", p.expr(&src), count(3));
    if p.pos > 10 {
        println!("{:?} {} {} {} {}", p.nest(&src), p.peek(), forever(1), spin(2), p.level());
        p.skip(1);
    }
    println!("{:?} {}", Node::Pair(1, 2), maybe(1));
}
