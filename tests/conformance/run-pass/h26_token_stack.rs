// RPN calculator: a fixed stack, let-else, while let and labelled breaks with values.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Add,
    Mul,
    Neg,
    End,
}

struct Stack {
    items: [i64; 8],
    len: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Pop {
    Value(i64),
    Empty,
}

impl Stack {
    fn push(&mut self, v: i64) {
        self.items[self.len] = v;
        self.len += 1;
    }

    fn pop(&mut self) -> Pop {
        if self.len == 0 {
            return Pop::Empty;
        }
        self.len -= 1;
        Pop::Value(self.items[self.len])
    }
}

fn lex(b: u8) -> Tok {
    match b {
        d @ b'0'..=b'9' => Tok::Num((d - b'0') as i64),
        b'+' => Tok::Add,
        b'*' => Tok::Mul,
        b'~' => Tok::Neg,
        _ => Tok::End,
    }
}

fn eval(src: &[u8]) -> i64 {
    let mut st = Stack { items: [0; 8], len: 0 };
    let mut i = 0;
    let result = 'run: loop {
        let tok = if i < src.len() { lex(src[i]) } else { Tok::End };
        i += 1;
        match tok {
            Tok::Num(n) => st.push(n),
            Tok::Neg => {
                let Pop::Value(v) = st.pop() else { break 'run -1 };
                st.push(-v);
            }
            Tok::Add | Tok::Mul => {
                let Pop::Value(b) = st.pop() else { break 'run -2 };
                let Pop::Value(a) = st.pop() else { break 'run -3 };
                st.push(if tok == Tok::Add { a + b } else { a * b });
            }
            Tok::End => break 'run 0,
        }
    };
    if result != 0 {
        return result;
    }
    let mut sum = 0;
    while let Pop::Value(v) = st.pop() {
        sum += v;
    }
    sum
}

fn main() {
    let programs: [&[u8]; 5] = [b"34+2*", b"9~3*", b"+", b"12 5", b"99*9*"];
    for p in programs {
        println!("{:?} -> {}", p, eval(p));
    }
}
