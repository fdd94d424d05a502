// Types used as values and values called as functions; results used.
struct Config {
    depth: u32,
    verbose: bool,
}

struct Marker;

fn default_depth() -> u32 {
    3
}

fn main() {
    let c = Config;
    let d = c.depth + 1;
    let depth = default_depth;
    let n = depth + 2;
    let limit = 10;
    let l = limit(5) * 2;
    let m = Marker();
    let cfg = Config { depth: default_depth(), verbose: false };
    let v: u32 = cfg.verbose;
    println!("{} {} {} {}", d, n, l, v);
}
