#[derive(Debug)]
struct Queue {
    items: [u32; 8],
    head: usize,
    tail: usize,
}

impl Queue {
    fn new() -> Queue {
        Queue { items: [0; 8], head: 0, tail: 0 }
    }

    fn push(&mut self, v: u32) -> bool {
        if self.tail - self.head == 8 {
            return false;
        }
        self.items[self.tail % 8] = v;
        self.tail += 1;
        true
    }

    fn pop(&mut self) -> u32 
        let v = self.items[self.head % 8];
        self.head += 1;
        v
    }
}

fn main() {
    let mut q = Queue::new();
    q.push(1);
    q.push("two");
    let x: bool = q.pop();
    println!("{:?} {}", q, x);
}
