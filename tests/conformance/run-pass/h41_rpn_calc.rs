// A reverse-polish calculator over a byte string with an error enum and let-else.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CalcError {
    Underflow { at: usize },
    DivZero { at: usize },
    BadByte(u8),
    Leftover(usize),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Num(i64),
    Bin(u8),
    Skip,
    Bad(u8),
}

struct Stack {
    items: [i64; 32],
    len: usize,
}

impl Stack {
    fn push(&mut self, v: i64) { self.items[self.len] = v; self.len += 1; }
    fn pop2(&mut self, a: &mut i64, b: &mut i64) -> bool {
        if self.len < 2 { return false; }
        *b = self.items[self.len - 1];
        *a = self.items[self.len - 2];
        self.len -= 2;
        true
    }
}

fn classify(src: &[u8], pos: &mut usize) -> Step {
    let c = src[*pos];
    match c {
        b' ' | b'\t' | b'\n' => { *pos += 1; Step::Skip }
        b'0'..=b'9' => {
            let mut v = 0i64;
            while *pos < src.len() && src[*pos].is_ascii_digit() {
                v = v * 10 + (src[*pos] - b'0') as i64;
                *pos += 1;
            }
            Step::Num(v)
        }
        b'+' | b'-' | b'*' | b'/' | b'%' => { *pos += 1; Step::Bin(c) }
        other => { *pos += 1; Step::Bad(other) }
    }
}

fn eval(src: &[u8]) -> (i64, CalcError) {
    let mut st = Stack { items: [0; 32], len: 0 };
    let mut pos = 0;
    while pos < src.len() {
        let at = pos;
        let step = classify(src, &mut pos);
        let Step::Bin(op) = step else {
            match step {
                Step::Num(n) => st.push(n),
                Step::Bad(b) => return (0, CalcError::BadByte(b)),
                _ => {}
            }
            continue;
        };
        let (mut a, mut b) = (0, 0);
        if !st.pop2(&mut a, &mut b) {
            return (0, CalcError::Underflow { at });
        }
        let r = match op {
            b'+' => a + b,
            b'-' => a - b,
            b'*' => a * b,
            b'/' | b'%' if b == 0 => return (0, CalcError::DivZero { at }),
            b'/' => a / b,
            b'%' => a.rem_euclid(b),
            _ => unreachable!("classify only yields arithmetic operators"),
        };
        st.push(r);
    }
    match st.len {
        1 => (st.items[0], CalcError::Leftover(0)),
        n => (0, CalcError::Leftover(n)),
    }
}

fn main() {
    let programs: [&[u8]; 6] = [
        b"3 4 + 2 *",
        b"15 7 1 1 + - / 3 * 2 1 1 + + -",
        b"1 +",
        b"4 0 /",
        b"2 3 4",
        b"9 x",
    ];
    for p in programs {
        let (v, e) = eval(p);
        for &b in p {
            print!("{}", b as char);
        }
        print!("{:>w$} ", "", w = 34 - p.len());
        match e {
            CalcError::Leftover(0) => println!("= {}", v),
            CalcError::Leftover(n) => println!("error: {} values left", n),
            other => println!("error: {:?}", other),
        }
    }
}
