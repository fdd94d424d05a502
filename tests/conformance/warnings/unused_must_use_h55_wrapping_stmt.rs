// lints: unused_must_use
// A counter that forgets to assign the results of the arithmetic methods.
struct Ticker {
    count: u8,
    phase: f32,
}

impl Ticker {
    fn tick(&mut self) {
        self.count.wrapping_add(1);
        self.phase + 0.25;
    }

    fn normalise(&mut self) {
        self.phase.fract();
        self.count = self.count.rotate_left(1);
    }

    fn reset_if_big(&mut self) {
        if self.count.is_power_of_two() {
            self.count.saturating_sub(1);
        }
    }
}

fn main() {
    let mut t = Ticker { count: 255, phase: 0.0 };
    t.tick();
    t.normalise();
    t.reset_if_big();
    let x: i32 = -5;
    x.abs();
    x.pow(2);
    (x as f64).sqrt();
    b'a'.to_ascii_uppercase();
    'a'.to_ascii_uppercase();
    'a'.is_alphabetic();
    x.max(3);
    x.count_ones();
    println!("{} {}", t.count, t.phase);
}
