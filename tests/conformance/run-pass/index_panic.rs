// A ring buffer whose off-by-one bug makes an out-of-bounds index panic at runtime.
struct Ring {
    slots: [u16; 4],
    next: usize,
}

impl Ring {
    fn record(&mut self, v: u16) {
        self.slots[self.next] = v;
        self.next += 1; // bug: never wraps around
    }
}

fn main() {
    let mut ring = Ring { slots: [0; 4], next: 0 };
    let samples = [12, 15, 11, 19, 22, 14];
    for (i, s) in samples.iter().enumerate() {
        println!("sample {} = {}", i, s);
        ring.record(*s);
        println!("  slots {:?}", ring.slots);
    }
}
