fn main() {
    fn inner_helper(x: u8) -> u8 {
        let unused_inner = 1;
        x as u16 + 1
    }
    let a = inner_helper(3);
    let s = Stats { count: 1, mean: 2.0 };
    println!("{} {}", a, s.summary());
    let moved = s;
    println!("{}", s.count);
    let unused_main = 0;
    println!("{}", util::clamp_to(5, "ten"));
    println!("{}", LIMIT);
}

struct Stats {
    count: u32,
    mean: f64,
}

impl Stats {
    fn summary(&self) -> u32 {
        let unused_method = 2;
        self.mean
    }

    fn reset(&self) {
        self.count = 0;
    }
}

const LIMIT: u32 = -1;

static NAMES: [&str; 2] = ["a", 2];

mod util {
    pub fn clamp_to(v: i32, hi: i32) -> i32 {
        let mut spare = 3;
        if v > hi { hi } else { v }
    }

    pub fn broken() -> bool {
        let x = 5;
        x = 6;
        x > 3
    }

    pub fn wrong_ret() -> i32 {
        true
    }
}
