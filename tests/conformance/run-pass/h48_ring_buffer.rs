// A fixed-capacity ring buffer struct wrapping an array.
const CAP: usize = 4;

struct Ring {
    data: [i16; CAP],
    head: usize,
    len: usize,
}

impl Ring {
    fn new() -> Ring {
        Ring { data: [0; CAP], head: 0, len: 0 }
    }

    fn push(&mut self, v: i16) {
        let tail = (self.head + self.len) % CAP;
        self.data[tail] = v;
        if self.len == CAP {
            self.head = (self.head + 1) % CAP;
        } else {
            self.len += 1;
        }
    }

    fn get(&self, i: usize) -> i16 {
        self.data[(self.head + i) % CAP]
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn sum(&self) -> i32 {
        let mut s = 0;
        for i in 0..self.len {
            s += self.get(i) as i32;
        }
        s
    }

    fn print(&self) {
        print!("[");
        for i in 0..self.len {
            if i > 0 {
                print!(", ");
            }
            print!("{}", self.get(i));
        }
        println!("]");
    }
}

fn main() {
    let mut r = Ring::new();
    println!("empty: {}", r.is_empty());
    for v in [3, -1, 4, 1, -5, 9] {
        r.push(v);
        r.print();
    }
    println!("sum = {}, raw = {:?}", r.sum(), r.data);
    let slot = &mut r.data[r.head];
    *slot = slot.saturating_mul(1000);
    r.print();
}
