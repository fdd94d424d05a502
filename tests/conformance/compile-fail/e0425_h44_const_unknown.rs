// A const with an unknown type used as an array length and in arithmetic.
const SLOTS: Size = 8;
const SCALE: i32 = 3;

struct Table {
    cells: [i32; SLOTS],
    used: usize,
}

impl Table {
    fn new() -> Table {
        Table { cells: [0; SLOTS], used: 0 }
    }

    fn push(&mut self, v: i32) {
        if self.used < SLOTS {
            self.cells[self.used] = v * SCALE;
            self.used += 1;
        }
    }

    fn sum(&self) -> i32 {
        let mut s = 0;
        for i in 0..self.used {
            s += self.cells[i];
        }
        s
    }
}

fn main() {
    let mut t = Table::new();
    for v in 1..=10 {
        t.push(v);
    }
    let half = SLOTS / 2;
    println!("sum {} half {}", t.sum(), half);
    let bad: u8 = t.sum();
    println!("{}", bad);
}
