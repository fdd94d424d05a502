#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Call(u16),
    Ret,
    Empty,
}

struct Stack {
    items: [Frame; 8],
    len: usize,
}

impl Stack {
    fn push(&mut self, f: Frame) {
        self.items[self.len] = f;
        self.len += 1;
    }

    fn top(&self) -> Frame {
        if self.len == 0 { Frame::Empty } else { self.items[self.len - 1] }
    }

    fn pop(&mut self) -> Frame {
        let f = self.top();
        if self.len > 0 {
            self.len -= 1;
        }
        f
    }
}

fn main() {
    let mut s = Stack { items: [Frame::Empty; 8], len: 0 };
    for id in [10u16, 20, 30] {
        s.push(Frame::Call(id));
    }
    s.push(Frame::Ret);
    let mut popped = 0;
    let mut sum = 0u32;
    while let Frame::Call(id) | Frame::Ret = s.top() {
        let f = s.pop();
        popped += 1;
        if let Frame::Call(n) = f {
            sum += n as u32;
            println!("call {} (id {})", n, id);
        } else if let Frame::Ret = f {
            println!("ret");
        }
    }
    println!("{} {} {:?}", popped, sum, s.top());
}
