// lints: non_snake_case
// Sensor logger written by someone coming from C: lots of naming and style
// lints, but the program is accepted.

const maxSamples: usize = 32;
static Sensor_Names: [&str; 3] = ["intake", "exhaust", "ambient"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum sensor_kind {
    Thermal,
    Pressure,
    humidity,
}

#[derive(Debug, Clone, Copy)]
struct Sample {
    sensorId: u8,
    Value: f32,
    tick: u32,
}

struct ring_log {
    buf: [Sample; maxSamples],
    head: usize,
    count: usize,
}

impl ring_log {
    fn New() -> ring_log {
        let zero = Sample { sensorId: 0, Value: 0.0, tick: 0 };
        ring_log { buf: [zero; maxSamples], head: 0, count: 0 }
    }

    fn Push(&mut self, s: Sample) {
        self.buf[self.head] = s;
        self.head = (self.head + 1) % maxSamples;
        if (self.count < maxSamples) {
            self.count += 1;
        }
    }

    fn averageFor(&self, id: u8) -> f32 {
        let mut Total = 0.0f32;
        let mut n = 0;
        for i in 0..self.count {
            let s = self.buf[i];
            if s.sensorId == id {
                Total += s.Value;
                n += 1;
            }
        }
        if n == 0 {
            return (0.0);
        }
        Total / n as f32
    }

    fn extremes(&self) -> (f32, f32) {
        let mut lo = f32::INFINITY;
        let mut hi = f32::NEG_INFINITY;
        for s in &self.buf[..self.count] {
            lo = lo.min(s.Value);
            hi = hi.max(s.Value);
        }
        (lo, hi)
    }
}

fn kind_of(id: u8) -> sensor_kind {
    match id {
        0 | 1 => sensor_kind::Thermal,
        2 => sensor_kind::humidity,
        _ => sensor_kind::Pressure,
    }
}

fn fake_reading(tick: u32, id: u8) -> f32 {
    let base = match kind_of(id) {
        sensor_kind::Thermal => 40.0,
        sensor_kind::Pressure => 101.3,
        sensor_kind::humidity => 55.0,
    };
    let wobble = ((tick * 7 + id as u32 * 13) % 11) as f32 - 5.0;
    base + wobble * 0.5 + id as f32 * 10.0
}

fn main() {
    let mut log = ring_log::New();
    let mut tick: u32 = 0;
    let mut alarms = 0;
    while true {
        for id in 0..3u8 {
            let v = fake_reading(tick, id);
            log.Push(Sample { sensorId: id, Value: v, tick });
            if v > 62.0 {
                alarms += 1;
            }
        }
        tick += 1;
        if tick == 20 {
            break;
        }
    }
    for (i, name) in Sensor_Names.iter().enumerate() {
        println!("{:<8} avg {:>7.2}", name, log.averageFor(i as u8));
    }
    let (lo, hi) = log.extremes();
    println!("range {:.1} .. {:.1}, alarms {}", lo, hi, alarms);
    let last = log.buf[(log.head + maxSamples - 1) % maxSamples];
    println!("last sample: sensor {} at tick {}", last.sensorId, last.tick);
}
