// A ring buffer whose `&self` method tries to borrow its storage mutably, and a loop binding reassigned.
struct Ring {
    data: [i32; 4],
    head: usize,
    len: usize,
}

fn clear_slot(slot: &mut i32) {
    *slot = 0;
}

impl Ring {
    fn push(&mut self, v: i32) {
        let idx = (self.head + self.len) % self.data.len();
        self.data[idx] = v;
        if self.len < self.data.len() {
            self.len += 1;
        } else {
            self.head = (self.head + 1) % self.data.len();
        }
    }

    fn reset_oldest(&self) {
        clear_slot(&mut self.data[self.head]);
    }

    fn sum(&self) -> i32 {
        let mut total = 0;
        for i in 0..self.len {
            let v = self.data[(self.head + i) % self.data.len()];
            if v < 0 {
                v = 0;
            }
            total += v;
        }
        total
    }
}

fn main() {
    let mut ring = Ring { data: [0; 4], head: 0, len: 0 };
    for v in [5, -3, 8, 1, 9] {
        ring.push(v);
    }
    ring.reset_oldest();
    println!("{}", ring.sum());
}
