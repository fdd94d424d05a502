// lints: dead_code
// Audio mixer with impl blocks spread out; several items are never used.
#[derive(Debug, Clone, Copy)]
struct Channel {
    gain: f32,
    pan: f32,
    muted: bool,
    id: u8,
}

impl Channel {
    const UNITY: f32 = 1.0;
    const MAX_GAIN: f32 = 4.0;

    fn new(id: u8) -> Channel {
        Channel { gain: Self::UNITY, pan: 0.0, muted: false, id }
    }

    fn louder(&mut self, by: f32) {
        self.gain = (self.gain + by).min(4.0);
    }
}

impl Channel {
    fn output(&self, sample: f32) -> f32 {
        if self.muted {
            0.0
        } else {
            sample * self.gain
        }
    }

    fn left_right(&self, sample: f32) -> (f32, f32) {
        let s = self.output(sample);
        (s * (1.0 - self.pan), s * (1.0 + self.pan))
    }
}

struct Bus {
    channels: [Channel; 2],
    master: f32,
}

impl Bus {
    fn mix(&self, sample: f32) -> f32 {
        let mut sum = 0.0;
        for c in &self.channels {
            sum += c.output(sample);
        }
        sum
    }
}

enum Route {
    Main,
    Aux(u8),
    Monitor,
}

fn main() {
    let mut a = Channel::new(1);
    a.louder(0.5);
    let bus = Bus { channels: [a, Channel::new(2)], master: 1.0 };
    let r = Route::Aux(2);
    if let Route::Aux(n) = r {
        println!("aux {}", n);
    }
    println!("{}", bus.mix(0.25));
}
