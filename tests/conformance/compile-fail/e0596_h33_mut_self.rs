// Mutability errors around self receivers.
#[derive(Debug)]
struct Stack {
    items: [i32; 8],
    top: usize,
}

impl Stack {
    const CAP: usize = 8;

    fn new() -> Self {
        Stack { items: [0; Self::CAP], top: 0 }
    }

    fn push(&mut self, v: i32) {
        self.items[self.top] = v;
        self.top += 1;
    }

    fn peek(&self) -> i32 {
        self.items[self.top - 1]
    }

    fn clear(&self) {
        self.top = 0;
    }

    fn drain(self) -> usize {
        self.top = 0;
        self.top
    }

    fn reset(mut self) -> Self {
        self.top = 0;
        self
    }
}

fn main() {
    let s = Stack::new();
    s.push(3);
    let t = &s;
    t.push(4);
    println!("{}", s.peek());
    s.clear();
    let u = s.reset();
    let n = u.drain();
    println!("{}", n);
}
