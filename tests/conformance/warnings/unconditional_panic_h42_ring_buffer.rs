// lints: unconditional_panic
// regen: build
// A fixed-size buffer indexed with its capacity constant (off by one).
const SLOTS: usize = 8;

struct Ring {
    data: [u16; SLOTS],
    head: usize,
}

impl Ring {
    fn push(&mut self, v: u16) {
        self.data[self.head] = v;
        self.head = (self.head + 1) % SLOTS;
    }
}

fn main() {
    let mut r = Ring { data: [0; SLOTS], head: 0 };
    for i in 0..10u16 {
        r.push(i * 3);
    }
    let last = [1u16, 2, 3, 4, 5, 6, 7, 8];
    println!("head {} first {}", r.head, r.data[0]);
    // mistake: valid indices are 0..SLOTS
    println!("last slot {}", last[SLOTS]);
}
