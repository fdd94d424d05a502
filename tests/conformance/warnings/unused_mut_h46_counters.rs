// lints: unused_mut unused_variables
struct Counter {
    hits: u32,
    misses: u32,
}

impl Counter {
    fn new() -> Counter {
        let mut c = Counter { hits: 0, misses: 0 };
        c
    }

    fn record(&mut self, hit: bool) {
        if hit {
            self.hits += 1;
        } else {
            self.misses += 1;
        }
    }

    fn ratio(mut self) -> f64 {
        let mut total = self.hits + self.misses;
        if total == 0 {
            return 0.0;
        }
        self.hits as f64 / total as f64
    }
}

fn bump(mut x: i32, mut y: i32) -> i32 {
    x += 1;
    x + y
}

fn scan(data: &[i32]) -> i32 {
    let mut best = i32::MIN;
    for mut v in data.iter() {
        if *v > best {
            best = *v;
        }
    }
    let (mut lo, mut hi) = (0, data.len());
    lo += 1;
    best + lo as i32 + hi as i32
}

fn modes(flag: bool) -> u8 {
    match flag {
        true => {
            let mut m = 3;
            m
        }
        mut other => {
            other = !other;
            if other { 1 } else { 2 }
        }
    }
}

fn main() {
    let mut c = Counter::new();
    c.record(true);
    c.record(false);
    let mut unused_buffer = [0u8; 16];
    let mut r = c.ratio();
    println!("{}", r);
    println!("{}", bump(1, 2));
    println!("{}", scan(&[3, 9, 2]));
    println!("{}", modes(false));
    let ref mut slot = 5;
    *slot += 1;
    let mut shadow = 1;
    let shadow = shadow + 1;
    println!("{}", shadow);
}
