// A recursive-descent parser and evaluator for integer expressions, recording the first error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParseError {
    None,
    Unexpected { at: usize, found: char },
    UnknownVar(char),
    DivByZero,
}

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
    vars: &'a [(u8, i64)],
    err: ParseError,
}

impl<'a> Parser<'a> {
    fn new(src: &'a [u8], vars: &'a [(u8, i64)]) -> Self {
        Parser { src, pos: 0, vars, err: ParseError::None }
    }

    fn fail(&mut self, e: ParseError) -> i64 {
        if self.err == ParseError::None {
            self.err = e;
        }
        0
    }

    fn peek(&mut self) -> u8 {
        while self.pos < self.src.len() && self.src[self.pos] == b' ' {
            self.pos += 1;
        }
        if self.pos < self.src.len() { self.src[self.pos] } else { b'$' }
    }

    // expr := term (('+' | '-') term)*
    fn expr(&mut self) -> i64 {
        let mut v = self.term();
        loop {
            match self.peek() {
                b'+' => { self.pos += 1; v = v.wrapping_add(self.term()); }
                b'-' => { self.pos += 1; v = v.wrapping_sub(self.term()); }
                _ => return v,
            }
        }
    }

    // term := factor (('*' | '/' | '%') factor)*
    fn term(&mut self) -> i64 {
        let mut v = self.factor();
        while let op @ (b'*' | b'/' | b'%') = self.peek() {
            self.pos += 1;
            let rhs = self.factor();
            v = match (op, rhs) {
                (b'/' | b'%', 0) => self.fail(ParseError::DivByZero),
                (b'*', r) => v.wrapping_mul(r),
                (b'/', r) => v / r,
                (_, r) => v % r,
            };
        }
        v
    }

    // factor := number | var | '-' factor | '(' expr ')'
    fn factor(&mut self) -> i64 {
        let c = self.peek();
        let at = self.pos;
        match c {
            b'0'..=b'9' => {
                let mut n = 0i64;
                while let d @ b'0'..=b'9' = self.peek() {
                    n = n * 10 + (d - b'0') as i64;
                    self.pos += 1;
                }
                n
            }
            b'a'..=b'z' => {
                self.pos += 1;
                for &(name, value) in self.vars {
                    if name == c {
                        return value;
                    }
                }
                self.fail(ParseError::UnknownVar(c as char))
            }
            b'-' => {
                self.pos += 1;
                -self.factor()
            }
            b'(' => {
                self.pos += 1;
                let v = self.expr();
                if self.peek() != b')' {
                    let found = self.peek() as char;
                    return self.fail(ParseError::Unexpected { at: self.pos, found });
                }
                self.pos += 1;
                v
            }
            other => self.fail(ParseError::Unexpected { at, found: other as char }),
        }
    }
}

fn main() {
    let vars = [(b'x', 7), (b'y', -3), (b'n', 100)];
    let inputs: [&[u8]; 8] = [
        b"1 + 2 * 3",
        b"(1 + 2) * 3",
        b"x * x - y * 4",
        b"n / (x + y - 4)",
        b"-(-x) % 4 + n",
        b"2 * (3 + z)",
        b"(4 + 5",
        b"8 / 2 / 2 * ",
    ];
    for input in inputs {
        let mut p = Parser::new(input, &vars);
        let v = p.expr();
        if p.err == ParseError::None && p.peek() != b'$' {
            let (at, found) = (p.pos, p.peek() as char);
            p.fail(ParseError::Unexpected { at, found });
        }
        for &b in input {
            print!("{}", b as char);
        }
        match p.err {
            ParseError::None => println!(" = {}", v),
            e => println!(" -> {:?}", e),
        }
    }
}
