// regen: build
// Associated consts whose overflow rustc reports as E0080 only once a
// function that uses them is built; the unused one is only linted.
struct Ring;

impl Ring {
    const SLOTS: u8 = 16;
    const BYTES: u8 = Ring::SLOTS * 20;
    const SPARE: u8 = Ring::SLOTS * 30;
    const MASK: u8 = Ring::SLOTS - 1;
}

struct Buffer {
    data: [u8; 16],
}

impl Buffer {
    fn capacity(&self) -> u8 {
        Ring::BYTES
    }

    fn wrap(&self, i: u8) -> u8 {
        self.data[(i & Ring::MASK) as usize]
    }
}

fn main() {
    let b = Buffer { data: [7; 16] };
    println!("{} {}", b.capacity(), b.wrap(17));
}
