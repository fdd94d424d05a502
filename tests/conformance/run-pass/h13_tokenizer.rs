// Expression tokenizer and evaluator: while let on a tuple state, byte matching, enums with data.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Op(u8),
    LParen,
    RParen,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Scan,
    InNumber { start: usize },
    Done,
}

const MAX_TOKENS: usize = 64;

struct Lexer<'a> {
    src: &'a [u8],
    toks: [Tok; MAX_TOKENS],
    count: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [u8]) -> Self {
        Lexer { src, toks: [Tok::End; MAX_TOKENS], count: 0 }
    }

    fn push(&mut self, t: Tok) {
        self.toks[self.count] = t;
        self.count += 1;
    }

    fn number(&self, from: usize, to: usize) -> i64 {
        let mut v = 0i64;
        for &b in &self.src[from..to] {
            v = v * 10 + (b - b'0') as i64;
        }
        v
    }

    fn run(&mut self) {
        let mut state = (0usize, Mode::Scan);
        while let (pos, mode @ (Mode::Scan | Mode::InNumber { .. })) = state {
            let byte = if pos < self.src.len() { self.src[pos] } else { 0 };
            state = match (mode, byte) {
                (Mode::InNumber { start }, b'0'..=b'9') => (pos + 1, Mode::InNumber { start }),
                (Mode::InNumber { start }, _) => {
                    let n = self.number(start, pos);
                    self.push(Tok::Num(n));
                    (pos, Mode::Scan)
                }
                (_, 0) => (pos, Mode::Done),
                (_, b'0'..=b'9') => (pos + 1, Mode::InNumber { start: pos }),
                (_, op @ (b'+' | b'-' | b'*' | b'/' | b'%')) => {
                    self.push(Tok::Op(op));
                    (pos + 1, Mode::Scan)
                }
                (_, b'(') => { self.push(Tok::LParen); (pos + 1, Mode::Scan) }
                (_, b')') => { self.push(Tok::RParen); (pos + 1, Mode::Scan) }
                (_, b) if b.is_ascii_whitespace() => (pos + 1, Mode::Scan),
                (_, _) => (pos + 1, Mode::Scan),
            };
        }
        self.push(Tok::End);
    }
}

fn prec(op: u8) -> u8 {
    match op {
        b'+' | b'-' => 1,
        b'*' | b'/' | b'%' => 2,
        _ => 0,
    }
}

fn apply(op: u8, a: i64, b: i64) -> i64 {
    match op {
        b'+' => a.wrapping_add(b),
        b'-' => a.wrapping_sub(b),
        b'*' => a.wrapping_mul(b),
        b'/' => if b == 0 { 0 } else { a.div_euclid(b) },
        _ => if b == 0 { 0 } else { a.rem_euclid(b) },
    }
}

// Precedence climbing with an explicit position so no Option is needed.
fn expr(toks: &[Tok], pos: &mut usize, min_prec: u8) -> i64 {
    let mut lhs = match toks[*pos] {
        Tok::Num(n) => { *pos += 1; n }
        Tok::LParen => {
            *pos += 1;
            let v = expr(toks, pos, 1);
            *pos += 1;
            v
        }
        Tok::Op(b'-') => { *pos += 1; -expr(toks, pos, 3) }
        _ => 0,
    };
    while let Tok::Op(op) = toks[*pos] {
        let p = prec(op);
        if p < min_prec {
            break;
        }
        *pos += 1;
        let rhs = expr(toks, pos, p + 1);
        lhs = apply(op, lhs, rhs);
    }
    lhs
}

fn main() {
    let inputs: [&[u8]; 5] = [b"1 + 2 * 3", b"(1 + 2) * 3", b"-7 % 3 + 100 / 7", b"2*(3+(4-1))*5 - 6/0", b"  42  "];
    for src in inputs {
        let mut lx = Lexer::new(src);
        lx.run();
        let toks = &lx.toks[..lx.count];
        let mut pos = 0;
        let value = expr(toks, &mut pos, 1);
        for &b in src {
            print!("{}", b as char);
        }
        for _ in src.len()..22 {
            print!(" ");
        }
        println!(" => {value:>5} ({} tokens)", lx.count);
    }
    let mut lx = Lexer::new(b"(12)");
    lx.run();
    println!("{:?}", &lx.toks[..lx.count]);
}
