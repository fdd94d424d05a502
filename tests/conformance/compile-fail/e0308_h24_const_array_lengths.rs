// A fixed-size ring of sensor slots sized by consts.
const SLOTS: usize = 4;
const HALF: usize = SLOTS / 2;
const EXTRA: usize = HALF * 3 - 1;
const MASK: u8 = (1 << SLOTS) - 1;

struct Ring {
    data: [i16; SLOTS],
    spare: [i16; HALF],
}

static DEFAULT_RING: [i16; SLOTS] = [0; SLOTS];

impl Ring {
    const CAPACITY: usize = SLOTS + HALF;

    fn new() -> Ring {
        Ring { data: DEFAULT_RING, spare: [0; HALF] }
    }

    fn wide(&self) -> [i16; EXTRA] {
        [self.data[0], self.data[1], self.spare[0], self.spare[1], 9]
    }

    fn short(&self) -> [i16; HALF] {
        [self.data[0], self.data[1], self.data[2]]
    }
}

fn total(r: &Ring) -> i32 {
    let mut sum = 0;
    for v in r.data.iter() {
        sum += *v as i32;
    }
    sum
}

fn main() {
    let r = Ring::new();
    let w: [i16; 5] = r.wide();
    let s: [i16; 3] = r.short();
    let big: [u8; Ring::CAPACITY] = [MASK; 5];
    println!("{} {} {} {}", total(&r), w.len(), s.len(), big.len());
}
