// lints: dead_code
// Helpers reachable only from other dead helpers, and a cycle of dead functions.
const SCALE: u32 = 10;
const OFFSET: u32 = 3;
static BANNER: &str = "report";

struct Stats {
    min: u32,
    max: u32,
}

fn compute_stats(data: &[u32]) -> Stats {
    let mut s = Stats { min: u32::MAX, max: 0 };
    for d in data {
        s.min = s.min.min(*d);
        s.max = s.max.max(*d);
    }
    s
}

fn render(data: &[u32]) -> u32 {
    let s = compute_stats(data);
    println!("{}", BANNER);
    scaled(s.max - s.min)
}

fn scaled(v: u32) -> u32 {
    v * SCALE + OFFSET
}

fn ping(n: u32) -> u32 {
    if n == 0 { 0 } else { pong(n - 1) }
}

fn pong(n: u32) -> u32 {
    if n == 0 { 1 } else { ping(n - 1) }
}

mod util {
    pub fn clamp_all(v: &mut [i32]) {
        for i in 0..v.len() {
            v[i] = limit(v[i]);
        }
    }

    fn limit(x: i32) -> i32 {
        x.clamp(-5, 5)
    }

    pub fn used() -> i32 {
        7
    }
}

fn only_self_recursive(n: u64) -> u64 {
    if n < 2 { n } else { only_self_recursive(n - 1) + 1 }
}

fn main() {
    println!("{}", util::used());
    println!("{}", OFFSET);
}
