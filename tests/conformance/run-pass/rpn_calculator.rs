// A reverse Polish notation calculator over a fixed program of byte tokens.
#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    Swap,
}

struct Stack {
    data: [i64; 16],
    len: usize,
}

impl Stack {
    fn push(&mut self, v: i64) {
        self.data[self.len] = v;
        self.len += 1;
    }
    fn pop(&mut self) -> i64 {
        self.len -= 1;
        self.data[self.len]
    }
}

fn tokenize(src: &[u8], out: &mut [Token; 32]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < src.len() {
        let b = src[i];
        if b.is_ascii_digit() {
            let mut v = 0i64;
            while i < src.len() && src[i].is_ascii_digit() {
                v = v * 10 + (src[i] - b'0') as i64;
                i += 1;
            }
            out[n] = Token::Num(v);
            n += 1;
            continue;
        }
        i += 1;
        out[n] = match b {
            b'+' => Token::Add,
            b'-' => Token::Sub,
            b'*' => Token::Mul,
            b'/' => Token::Div,
            b'd' => Token::Dup,
            b's' => Token::Swap,
            _ => continue,
        };
        n += 1;
    }
    n
}

fn main() {
    let programs: [&[u8]; 3] = [b"3 4 + 2 *", b"100 7 / 3 s -", b"5 d * 2 d * +"];
    for src in programs {
        let mut tokens = [Token::Num(0); 32];
        let n = tokenize(src, &mut tokens);
        let mut stack = Stack { data: [0; 16], len: 0 };
        for t in &tokens[..n] {
            match *t {
                Token::Num(v) => stack.push(v),
                Token::Dup => {
                    let v = stack.pop();
                    stack.push(v);
                    stack.push(v);
                }
                Token::Swap => {
                    let b = stack.pop();
                    let a = stack.pop();
                    stack.push(b);
                    stack.push(a);
                }
                op => {
                    let b = stack.pop();
                    let a = stack.pop();
                    stack.push(match op {
                        Token::Add => a + b,
                        Token::Sub => a - b,
                        Token::Mul => a * b,
                        _ => a / b,
                    });
                }
            }
        }
        println!("{} tokens -> {} (first {:?})", n, stack.pop(), tokens[0]);
    }
}
