// if without else used as a value inside methods.
struct Gauge {
    level: i32,
}

impl Gauge {
    fn status(&self) -> &'static str {
        if self.level > 100 {
            "high"
        }
    }

    fn clamp(&mut self) {
        let capped = if self.level > 100 { 100 };
        self.level = capped;
    }

    fn bump(&mut self) -> i32 {
        if self.level < 0 {
            return 0;
        }
        self.level += 1;
        self.level
    }
}

fn main() {
    let mut g = Gauge { level: 120 };
    g.clamp();
    println!("{} {}", g.status(), g.bump());
}
