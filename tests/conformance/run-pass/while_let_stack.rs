// Balanced-bracket checking with a stack and while-let over a linked "list" of frames.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Empty,
    Open(u8, usize),
}

struct Stack {
    frames: [Frame; 64],
    top: usize,
}

impl Stack {
    fn push(&mut self, f: Frame) {
        self.frames[self.top] = f;
        self.top += 1;
    }
    fn pop(&mut self) -> Frame {
        if self.top == 0 {
            return Frame::Empty;
        }
        self.top -= 1;
        self.frames[self.top]
    }
}

fn matching(close: u8) -> u8 {
    match close {
        b')' => b'(',
        b']' => b'[',
        _ => b'{',
    }
}

fn check(text: &[u8]) -> bool {
    let mut stack = Stack { frames: [Frame::Empty; 64], top: 0 };
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'(' | b'[' | b'{' => stack.push(Frame::Open(b, i)),
            b')' | b']' | b'}' => match stack.pop() {
                Frame::Open(open, _) if open == matching(b) => {}
                Frame::Open(open, at) => {
                    println!("  mismatch: {} at {} closed by {} at {}", open as char, at, b as char, i);
                    return false;
                }
                Frame::Empty => {
                    println!("  unexpected {} at {}", b as char, i);
                    return false;
                }
            },
            _ => {}
        }
    }
    let mut unclosed = 0;
    while let Frame::Open(open, at) = stack.pop() {
        println!("  unclosed {} at {}", open as char, at);
        unclosed += 1;
    }
    unclosed == 0
}

fn main() {
    let samples: [&[u8]; 5] = [b"fn main() { let a = [1, (2)]; }", b"(]", b"{[(", b"a)b", b"[{}(())]"];
    for s in samples {
        println!("{} bytes: balanced = {}", s.len(), check(s));
    }
}
