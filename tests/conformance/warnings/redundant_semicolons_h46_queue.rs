// lints: redundant_semicolons path_statements
// A queue written in a hurry: doubled semicolons and stray value statements.
struct Queue {
    slots: [u32; 8],
    head: usize,
    tail: usize,
}

impl Queue {
    fn push(&mut self, v: u32) {
        self.slots[self.tail % 8] = v;;
        self.tail += 1;
    }

    fn pop(&mut self) -> u32 {
        let v = self.slots[self.head % 8];;;
        self.head += 1;
        v
    }

    fn len(&self) -> usize {
        let n = self.tail - self.head;
        n;
        n
    }
}

fn main() {
    let mut q = Queue { slots: [0; 8], head: 0, tail: 0 };
    q.push(4);
    q.push(9);
    ;
    let first = q.pop();
    first;
    println!("{} {}", first, q.len());
}
