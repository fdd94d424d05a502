// A misspelled method, a method that only exists on another type, and a missing constructor.
struct Queue {
    items: [u32; 4],
    len: usize,
}

impl Queue {
    fn enqueue(&mut self, v: u32) {
        self.items[self.len] = v;
        self.len += 1;
    }
}

fn main() {
    let mut q = Queue { items: [0; 4], len: 0 };
    q.enque(3);
    q.enqueue(4);
    let empty = Queue::new();
    println!("{} {}", q.len, empty.len);
}
