// Sensor records built with wrongly typed fields and a method call with a wrong argument type.
#[derive(Debug)]
struct Reading {
    sensor_id: u16,
    celsius: f32,
    valid: bool,
}

struct Log {
    readings: [Reading; 2],
    count: usize,
}

impl Log {
    fn average(&self) -> f32 {
        let mut sum = 0.0;
        for r in self.readings.iter() {
            if r.valid {
                sum += r.celsius;
            }
        }
        sum / self.count as f32
    }

    fn above(&self, limit: f32) -> usize {
        let mut n = 0;
        for r in self.readings.iter() {
            if r.celsius > limit {
                n += 1;
            }
        }
        n
    }
}

fn main() {
    let a = Reading { sensor_id: 1, celsius: 21.5, valid: true };
    let b = Reading { sensor_id: 2, celsius: 19, valid: "yes" };
    let log = Log { readings: [a, b], count: 2 };
    println!("avg {}", log.average());
    println!("hot {}", log.above(20));
}
