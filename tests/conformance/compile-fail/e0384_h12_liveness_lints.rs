// A thermostat with an immutable setting reassigned, next to code rustc warns about.
struct Thermostat {
    target: i32,
    readings: [i32; 3],
}

impl Thermostat {
    fn adjusted(mut self, delta: i32) -> i32 {
        self.target + delta
    }

    fn average(&self) -> i32 {
        let mut sum = 0;
        for r in self.readings {
            sum += r;
        }
        sum / self.readings.len() as i32
    }
}

fn calibrate(raw: i32) -> i32 {
    let mut drift = 0;
    drift += 2;
    let mut scratch = [0; 4];
    scratch[0] = raw;
    let offset = 1;
    if raw > 30 {
        offset = 3;
    }
    raw - offset
}

fn main() {
    let t = Thermostat { target: 21, readings: [19, 20, 22] };
    println!("{} {}", t.average(), calibrate(25));
    println!("{}", t.adjusted(1));
}
