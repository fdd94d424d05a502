// Literal kind mismatches: int where float expected and vice versa
struct Config {
    ratio: f32,
    retries: u8,
    timeout_ms: u64,
}

fn scale(v: f64) -> f64 {
    v * 2
}

fn main() {
    let c = Config { ratio: 1, retries: 3.0, timeout_ms: 500 };
    let w: f64 = 10;
    let n: i32 = 2.5;
    let m: u16 = 'a';
    let k: u8 = b"a";
    println!("{} {} {} {} {} {} {} {}", c.ratio, c.retries, c.timeout_ms, scale(1.0), w, n, m, k);
}
