// A const whose initialiser refers to an unknown name, used as an array length.
const BASE: usize = 4;
const LEN: usize = BASE * FACTOR;

struct Ring {
    buf: [u16; LEN],
    head: usize,
}

impl Ring {
    fn new() -> Ring {
        Ring { buf: [0; LEN], head: 0 }
    }

    fn push(&mut self, v: u16) {
        self.buf[self.head % LEN] = v;
        self.head += 1;
    }

    fn sum(&self) -> u32 {
        let mut s = 0u32;
        for v in self.buf.iter() {
            s += *v as u32;
        }
        s
    }
}

fn main() {
    let mut r = Ring::new();
    for i in 0..10u16 {
        r.push(i);
    }
    let fixed: [u16; 4] = r.buf;
    println!("{} {:?}", r.sum(), fixed);
    let x: bool = r.sum();
    println!("{}", x);
}
