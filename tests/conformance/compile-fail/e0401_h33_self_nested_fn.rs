// Self and self inside items nested in methods.
struct Queue {
    slots: [u8; 4],
    head: usize,
}

impl Queue {
    const CAP: usize = 4;

    fn push(&mut self, v: u8) {
        fn wrap(i: usize) -> usize {
            i % Self::CAP
        }
        fn peek_head() -> u8 {
            self.slots[0]
        }
        struct Snapshot {
            q: Self,
        }
        let i = wrap(self.head + 1);
        self.slots[i] = v;
        self.head = i;
    }
}

fn main() {
    let mut q = Queue { slots: [0; 4], head: 0 };
    q.push(3);
    println!("{}", q.head);
}
