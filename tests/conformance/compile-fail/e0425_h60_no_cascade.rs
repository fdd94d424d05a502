#[derive(Debug, Clone, Copy)]
struct Config {
    width: u32,
    height: u32,
    depth: Bogus,
}

const AREA: u32 = WIDTH * 2;

struct Renderer {
    cfg: Config,
    frames: u64,
}

impl Renderer {
    fn pixels(&self) -> u32 {
        self.cfg.width * self.cfg.height * self.cfg.depth.bits
    }

    fn tick(&mut self) {
        self.frames += stepsize;
        let half = self.frames / 2;
        if half.is_even() {
            println!("even");
        }
    }
}

fn resize(cfg: Config, w: u32) -> Config {
    Config { width: w, ..cfg }
}

fn scale(n: u32, k: u32) -> u32 {
    n * k
}

fn main() {
    let cfg = Config { width: 10, height: 20, depth: 3 };
    let mut r = Renderer { cfg, frames: 0 };
    r.tick();
    let p = r.pixels();
    let q = scale(p);
    let z = q.missing_method().other();
    let total: u64 = z + 1;
    let w = undefined_var + 1;
    let w2 = w * 2;
    println!("{} {} {}", total, w2, AREA);
    let c2 = resize(cfg, 5, 6);
    println!("{}", c2.width.nope);
}
