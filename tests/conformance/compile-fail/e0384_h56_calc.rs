// Arithmetic expression evaluator over byte strings using the shunting-yard
// algorithm with fixed-size arrays as stacks.

const STACK: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    LParen,
    RParen,
    End,
    Bad(u8),
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [u8]) -> Lexer<'a> {
        Lexer { src, pos: 0 }
    }

    fn skip_ws(&mut self) {
        while self.pos < self.src.len() && self.src[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn next(&mut self) -> Tok {
        self.skip_ws();
        if self.pos >= self.src.len() {
            return Tok::End;
        }
        let c = self.src[self.pos];
        self.pos += 1;
        match c {
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'*' => Tok::Star,
            b'/' => Tok::Slash,
            b'%' => Tok::Percent,
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b'0'..=b'9' => {
                let value = (c - b'0') as i64;
                while self.pos < self.src.len() && self.src[self.pos].is_ascii_digit() {
                    value = value * 10 + (self.src[self.pos] - b'0') as i64;
                    self.pos += 1;
                }
                Tok::Num(value)
            }
            other => Tok::Bad(other),
        }
    }
}

fn precedence(t: Tok) -> u8 {
    match t {
        Tok::Plus | Tok::Minus => 1,
        Tok::Star | Tok::Slash | Tok::Percent => 2,
        _ => 0,
    }
}

struct OpStack {
    items: [Tok; STACK],
    len: usize,
}

struct NumStack {
    items: [i64; STACK],
    len: usize,
}

impl OpStack {
    fn push(&mut self, t: Tok) {
        self.items[self.len] = t;
        self.len += 1;
    }
    fn pop(&mut self) -> Tok {
        self.len -= 1;
        self.items[self.len]
    }
    fn top(&self) -> Tok {
        if self.len == 0 { Tok::End } else { self.items[self.len - 1] }
    }
}

impl NumStack {
    fn push(&mut self, v: i64) {
        self.items[self.len] = v;
        self.len += 1;
    }
    fn pop(&mut self) -> i64 {
        self.len -= 1;
        self.items[self.len]
    }
}

#[derive(Debug)]
enum EvalError {
    DivZero,
    Unbalanced,
    BadChar(u8),
    Underflow,
}

#[derive(Debug)]
enum Eval {
    Value(i64),
    Fail(EvalError),
}

// returns an error code; 0 means success
fn apply(nums: &mut NumStack, op: Tok) -> u8 {
    if nums.len < 2 {
        return 4;
    }
    let b = nums.pop();
    let a = nums.pop();
    let r = match op {
        Tok::Plus => a + b,
        Tok::Minus => a - b,
        Tok::Star => a * b,
        Tok::Slash => {
            if b == 0 {
                return 1;
            }
            a / b
        }
        Tok::Percent => {
            if b == 0 {
                return 1;
            }
            a.rem_euclid(b)
        }
        _ => return 2,
    };
    nums.push(r);
    0
}

fn code_to_error(code: u8) -> EvalError {
    match code {
        1 => EvalError::DivZero,
        2 => EvalError::Unbalanced,
        _ => EvalError::Underflow,
    }
}

fn eval(src: &[u8]) -> Eval {
    let mut lx = Lexer::new(src);
    let mut ops = OpStack { items: [Tok::End; STACK], len: 0 };
    let mut nums = NumStack { items: [0; STACK], len: 0 };
    loop {
        let t = lx.next();
        match t {
            Tok::Num(n) => nums.push(n),
            Tok::LParen => ops.push(t),
            Tok::RParen => {
                loop {
                    let top = ops.top();
                    if top == Tok::End {
                        return Eval::Fail(EvalError::Unbalanced);
                    }
                    let op = ops.pop();
                    if op == Tok::LParen {
                        break;
                    }
                    let code = apply(&mut nums, op);
                    if code != 0 {
                        return Eval::Fail(code_to_error(code));
                    }
                }
            }
            Tok::Plus | Tok::Minus | Tok::Star | Tok::Slash | Tok::Percent => {
                while precedence(ops.top()) >= precedence(t) && ops.top() != Tok::LParen && ops.len > 0 {
                    let op = ops.pop();
                    let code = apply(&mut nums, op);
                    if code != 0 {
                        return Eval::Fail(code_to_error(code));
                    }
                }
                ops.push(t);
            }
            Tok::Bad(c) => return Eval::Fail(EvalError::BadChar(c)),
            Tok::End => break,
        }
    }
    while ops.len > 0 {
        let op = ops.pop();
        if op == Tok::LParen {
            return Eval::Fail(EvalError::Unbalanced);
        }
        let code = apply(&mut nums, op);
                    if code != 0 {
                        return Eval::Fail(code_to_error(code));
                    }
    }
    if nums.len != 1 {
        return Eval::Fail(EvalError::Underflow);
    }
    Eval::Value(nums.pop())
}

fn main() {
    let inputs: [&[u8]; 6] = [
        b"1 + 2 * 3",
        b"(1 + 2) * 3",
        b"100 / (5 - 5)",
        b"17 % 5 + 2 * (3 - 1)",
        b"(4 + 4",
        b"2 $ 3",
    ];
    let mut ok_count = 0;
    for src in inputs.iter() {
        match eval(src) {
            Eval::Value(v) => {
                ok_count += 1;
                println!("{:<24} = {}", src.len(), v);
            }
            Eval::Fail(e) => println!("error: {:?}", e),
        }
    }
    let total = inputs.len();
    total = total - ok_count;
    println!("{} failed", total);
}
