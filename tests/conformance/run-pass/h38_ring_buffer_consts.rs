// Associated consts in array lengths, const arithmetic, wrapping indices, char ranges.
const BASE: usize = 3;

struct Ring {
    data: [i32; Ring::CAP],
    head: usize,
    len: usize,
}

impl Ring {
    const CAP: usize = BASE * 2;

    fn new() -> Self {
        Ring { data: [0; Self::CAP], head: 0, len: 0 }
    }

    fn push(&mut self, v: i32) -> bool {
        if self.len == Self::CAP {
            self.data[self.head] = v;
            self.head = (self.head + 1) % Self::CAP;
            return false;
        }
        let idx = (self.head + self.len) % Self::CAP;
        self.data[idx] = v;
        self.len += 1;
        true
    }

    fn get(&self, i: usize) -> i32 {
        self.data[(self.head + i) % Self::CAP]
    }

    fn sum(&self) -> i64 {
        let mut s = 0i64;
        for i in 0..self.len {
            s += self.get(i) as i64;
        }
        s
    }
}

fn letters() -> [char; 5] {
    let mut out = [' '; 5];
    let mut i = 0;
    for c in 'a'..='e' {
        out[i] = c.to_ascii_uppercase();
        i += 1;
    }
    out
}

fn main() {
    let mut r = Ring::new();
    for v in 1..=8 {
        let fresh = r.push(v * v);
        println!("push {:>2} fresh={}", v * v, fresh);
    }
    print!("ring:");
    for i in 0..r.len {
        print!(" {}", r.get(i));
    }
    println!();
    println!("sum {} cap {}", r.sum(), Ring::CAP);
    let l = letters();
    println!("{:?}", l);
    let code = l[2] as u8 + 1;
    println!("{} {}", code, code as char);
    let big = [7u8; BASE * BASE + 1];
    println!("{} {}", big.len(), big[9].pow(2));
    println!("{}", (300i32 as u8) as i8);
}
