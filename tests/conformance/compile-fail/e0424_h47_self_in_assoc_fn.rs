// `self` used in associated functions, methods called without `self.`.
#[derive(Debug, Clone, Copy)]
struct Stack {
    items: [i32; 8],
    top: usize,
}

impl Stack {
    const CAPACITY: usize = 8;

    fn empty() -> Stack {
        Stack { items: [0; 8], top: 0 }
    }

    fn push(&mut self, v: i32) -> bool {
        if self.top == Self::CAPACITY {
            return false;
        }
        self.items[self.top] = v;
        self.top += 1;
        true
    }

    fn peek(&self) -> i32 {
        if is_empty() {
            return 0;
        }
        self.items[top - 1]
    }

    fn is_empty(&self) -> bool {
        self.top == 0
    }

    fn describe() -> usize {
        self.top
    }
}

fn main() {
    let mut s = Stack::empty();
    s.push(4);
    s.push(9);
    println!("{} {} {}", s.peek(), s.is_empty(), Stack::describe());
}
