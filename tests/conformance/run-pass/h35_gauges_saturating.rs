// Fuel and battery gauges that never wrap: saturating arithmetic, clamp, abs_diff.
#[derive(Debug, Clone, Copy)]
struct Gauge {
    level: u8,
    capacity: u8,
}

impl Gauge {
    fn drain(&mut self, amount: u8) {
        self.level = self.level.saturating_sub(amount);
    }

    fn fill(&mut self, amount: u8) {
        self.level = self.level.saturating_add(amount).min(self.capacity);
    }

    fn percent(&self) -> u32 {
        (self.level as u32 * 100) / self.capacity.max(1) as u32
    }
}

fn temperature_step(current: i16, target: i16) -> i16 {
    let diff = target.saturating_sub(current);
    diff.clamp(-5, 5)
}

fn main() {
    let mut fuel = Gauge { level: 200, capacity: 250 };
    let mut battery = Gauge { level: 10, capacity: 100 };
    let trips: [u8; 5] = [30, 90, 120, 5, 60];
    for (i, t) in trips.iter().enumerate() {
        fuel.drain(*t);
        battery.fill(t / 2);
        println!("trip {} fuel {:3} ({:3}%) battery {:3}%", i, fuel.level, fuel.percent(), battery.percent());
    }
    fuel.fill(255);
    println!("refilled {:?}", fuel);
    let mut temp: i16 = 18;
    while temp != 31 {
        temp += temperature_step(temp, 31);
        print!("{} ", temp);
    }
    println!();
    println!("{} {} {}", 250u8.abs_diff(7), (-40i32).abs_diff(40), i16::MIN.saturating_sub(1));
    println!("{} {} {}", 100u8.saturating_mul(3), (-100i8).saturating_mul(2), i64::MAX.saturating_add(1));
    println!("{} {}", 200u8.wrapping_add(100), (-128i8).wrapping_neg());
}
