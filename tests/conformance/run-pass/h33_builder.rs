// Valid builder-style program with self by value and by reference.
#[derive(Debug, Clone, Copy, Default)]
struct Config {
    width: u32,
    height: u32,
    fullscreen: bool,
}

impl Config {
    const MIN_W: u32 = 320;

    fn new() -> Self {
        Self::default()
    }

    fn width(mut self, w: u32) -> Self {
        self.width = w.max(Self::MIN_W);
        self
    }

    fn height(self, h: u32) -> Self {
        Config { height: h, ..self }
    }

    fn toggle(&mut self) -> &mut Self {
        self.fullscreen = !self.fullscreen;
        self
    }

    fn pixels(&self) -> u64 {
        self.width as u64 * self.height as u64
    }
}

fn main() {
    let mut c = Config::new().width(100).height(200);
    c.toggle().toggle().toggle();
    println!("{:?} {}", c, c.pixels());
    let d = Config { fullscreen: false, ..c };
    println!("{}", Config::pixels(&d));
}
