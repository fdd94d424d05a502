// `Self` paths inside impls: patterns, constructors, and a nested fn.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    End,
}

impl Token {
    const EOF: Token = Self::End;

    fn is_op(&self) -> bool {
        matches_op(*self)
    }

    fn value(self) -> i64 {
        match self {
            Self::Num(n) => n,
            Self::Plus | Self::Minus => 0,
            Self::End => -1,
        }
    }

    fn parse(c: char) -> Self {
        fn digit(c: char) -> Self {
            Self::Num(c as i64 - '0' as i64)
        }
        match c {
            '+' => Self::Plus,
            '-' => Self::Minus,
            '0'..='9' => digit(c),
            _ => Self::EOF,
        }
    }
}

fn matches_op(t: Token) -> bool {
    t == Token::Plus || t == Token::Minus
}

#[derive(Debug, Clone, Copy)]
struct Span(usize, usize);

impl Span {
    fn new(a: usize, b: usize) -> Self {
        Self(a.min(b), a.max(b))
    }

    fn len(&self) -> usize {
        let Self(a, b) = *self;
        b - a
    }

    fn merge(self, other: Span) -> Self {
        Self { 0: self.0.min(other.0), 1: self.1.max(other.1), 2: 0 }
    }
}

fn main() {
    let toks = [Token::parse('7'), Token::parse('+'), Token::parse('x')];
    for t in toks {
        println!("{:?} {} {}", t, t.is_op(), t.value());
    }
    let s = Span::new(5, 2).merge(Span::new(1, 3));
    println!("{:?} {}", s, s.len());
}
