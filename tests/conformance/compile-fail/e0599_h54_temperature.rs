// Temperature log: min/max/average over a week of readings, in two units.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Celsius,
    Fahrenheit,
}

#[derive(Debug, Clone, Copy)]
struct Reading {
    day: u8,
    value: f64,
    unit: Unit,
}

impl Reading {
    fn to_celsius(&self) -> f64 {
        match self.unit {
            Unit::Celsius => self.value,
            Unit::Fahrenheit => (self.value - 32.0) * 5.0 / 9.0,
        }
    }

    fn normalized(self) -> Reading {
        Reading { value: self.to_celsius(), unit: Unit::Celsius, ..self }
    }
}

struct Week {
    readings: [Reading; 7],
}

impl Week {
    fn extremes(&self) -> (f64, f64) {
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        for r in self.readings.iter() {
            let c = r.to_celsius();
            lo = lo.min(c);
            hi = hi.max(c);
        }
        (lo, hi)
    }

    fn average(&self) -> f64 {
        let mut sum = 0.0;
        for r in &self.readings {
            sum += r.to_celsius();
        }
        sum / self.readings.len() as f64
    }

    fn warmest_day(&self) -> u8 {
        let mut best = self.readings[0];
        for r in self.readings {
            if r.to_celsius() > best.to_celsius() {
                best = r;
            }
        }
        best.day
    }
}

fn main() {
    let week = Week {
        readings: [
            Reading { day: 1, value: 21.5, unit: Unit::Celsius },
            Reading { day: 2, value: 75.2, unit: Unit::Fahrenheit },
            Reading { day: 3, value: 19.0, unit: Unit::Celsius },
            Reading { day: 4, value: 68.0, unit: Unit::Fahrenheit },
            Reading { day: 5, value: 25.25, unit: Unit::Celsius },
            Reading { day: 6, value: 80.6, unit: Unit::Fahrenheit },
            Reading { day: 7, value: 17.75, unit: Unit::Celsius },
        ],
    };
    let (lo, hi) = week.extremes();
    println!("min {:.1} max {:.1} avg {:.2}", lo, hi, week.average());
    println!("warmest day: {}", week.warmest_day());
    let n = week.readings[1].normalized();
    println!("{:?}", n);
    let spread = (hi - lo).round_to(1);
    println!("spread {}", spread);
    println!("day count {}", week.len());
}
