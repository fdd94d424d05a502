// mut dropped from an accumulator
#[derive(Debug, Clone, Copy, PartialEq)]
enum CalcError {
    NoError,
    StackUnderflow,
    StackOverflow,
    DivideByZero,
    BadChar(char),
}

struct Calculator {
    stack: [i64; 8],
    depth: usize,
}

impl Calculator {
    fn new() -> Calculator {
        Calculator { stack: [0; 8], depth: 0 }
    }

    fn push(&mut self, v: i64) -> bool {
        if self.depth == self.stack.len() {
            return false;
        }
        self.stack[self.depth] = v;
        self.depth += 1;
        true
    }

    fn pop2(&mut self) -> (i64, i64) {
        let b = self.stack[self.depth - 1];
        let a = self.stack[self.depth - 2];
        self.depth -= 2;
        (a, b)
    }
}

fn eval(bytes: &[u8]) -> (i64, CalcError) {
    let mut calc = Calculator::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if c.is_ascii_digit() {
            let n: i64 = 0;
            while i < bytes.len() && (bytes[i] as char).is_ascii_digit() {
                n = n * 10 + (bytes[i] - b'0') as i64;
                i += 1;
            }
            if !calc.push(n) {
                return (0, CalcError::StackOverflow);
            }
            continue;
        }
        if c == ' ' {
            i += 1;
            continue;
        }
        if calc.depth < 2 {
            return (0, CalcError::StackUnderflow);
        }
        let (a, b) = calc.pop2();
        let r = match c {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            '/' => {
                if b == 0 {
                    return (0, CalcError::DivideByZero);
                }
                a / b
            }
            other => return (0, CalcError::BadChar(other)),
        };
        calc.push(r);
        i += 1;
    }
    (calc.stack[0], CalcError::NoError)
}

fn main() {
    let inputs: [&[u8]; 5] = [b"3 4 + 2 *", b"10 2 /", b"1 0 /", b"5 +", b"2 3 ^"];
    for (n, src) in inputs.iter().enumerate() {
        let (value, err) = eval(src);
        println!("#{} => {} ({:?})", n, value, err);
    }
}
