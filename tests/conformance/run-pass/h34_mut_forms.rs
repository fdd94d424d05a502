// Mutability done right: deferred init without mut, mut pattern bindings,
// ref mut, &mut parameters and mut self.

#[derive(Debug, Clone, Copy)]
struct Counter {
    hits: u32,
    misses: u32,
}

impl Counter {
    fn record(&mut self, hit: bool) {
        if hit {
            self.hits += 1;
        } else {
            self.misses += 1;
        }
    }

    fn doubled(mut self) -> Counter {
        self.hits *= 2;
        self.misses *= 2;
        self
    }
}

fn bump(values: &mut [i32], by: i32) {
    for v in values.iter_mut() {
        *v += by;
    }
}

fn main() {
    let label;
    let n = 7;
    if n % 2 == 1 {
        label = "odd";
    } else {
        label = "even";
    }
    println!("{} is {}", n, label);

    let (mut lo, hi) = (3, 9);
    while lo < hi {
        lo += 2;
    }
    println!("lo {} hi {}", lo, hi);

    let mut pair = (1, 2);
    {
        let (ref mut a, ref mut b) = pair;
        *a += 10;
        *b += 20;
    }
    println!("{:?}", pair);

    let mut c = Counter { hits: 0, misses: 0 };
    for x in [true, false, true, true] {
        c.record(x);
    }
    let d = c.doubled();
    println!("{:?} {:?}", c, d);

    let mut arr = [1, 2, 3, 4];
    bump(&mut arr, 5);
    bump(&mut arr[1..3], -100);
    println!("{:?}", arr);

    let r = &mut arr;
    r[0] = 0;
    println!("{:?}", arr);
}
