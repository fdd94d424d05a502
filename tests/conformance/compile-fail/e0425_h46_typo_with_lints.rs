// A typo in one function while the rest of the file has ordinary warnings.
use std::fmt;

const limit: u32 = 10;

struct Queue {
    items: [u32; 4],
    len: usize,
}

impl Queue {
    fn push(&mut self, v: u32) {
        if self.len < 4 {
            self.items[self.len] = v;
            self.len += 1;
        }
    }

    fn total(&self) -> u32 {
        let mut sum = 0;
        for i in 0..self.len {
            sum += self.item[i];
        }
        sum
    }

    fn peek(&self) -> u32 {
        let unused = 5;
        self.items[0]
    }
}

fn capacity() -> u32 {
    let mut c = limit;
    c + extra
}

fn main() {
    let mut q = Queue { items: [0; 4], len: 0 };
    q.push(3);
    q.push(4);
    while (q.len > 10) {
        q.len -= 1;
    }
    println!("{} {}", q.total(), capacity());
}
