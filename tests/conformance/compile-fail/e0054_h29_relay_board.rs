// A relay board driver that tries to turn register bits into bools with `as`.
const RELAY_COUNT: usize = 4;

#[derive(Debug, Clone, Copy)]
struct Board {
    register: u8,
    voltage: f32,
    fault_code: u16,
}

impl Board {
    fn relay_on(&self, index: usize) -> bool {
        (self.register >> index) & 1 as bool
    }

    fn powered(&self) -> bool {
        self.voltage as bool
    }

    fn has_fault(&self) -> bool {
        self.fault_code != 0
    }

    fn status_char(&self) -> char {
        self.fault_code as char
    }
}

fn count_on(b: &Board) -> u32 {
    let mut n = 0;
    for i in 0..RELAY_COUNT {
        if b.relay_on(i) {
            n += 1;
        }
    }
    n
}

fn main() {
    let b = Board { register: 0b1011, voltage: 11.8, fault_code: 0 };
    let mask_bit = (b.register & 0x80) as bool;
    println!("{} {} {} {}", count_on(&b), b.powered(), b.has_fault(), mask_bit);
    println!("{:?} {}", b, b.status_char());
}
