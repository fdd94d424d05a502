// lints: unused_variables unused_mut
// A sensor driver where refactoring left bindings and `mut`s behind.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Temp { raw: i16, channel: u8 },
    Humidity(u16, u8),
    Heartbeat { seq: u32 },
    Error(u8),
}

struct Driver {
    last_seq: u32,
    readings: [i32; 4],
}

impl Driver {
    fn decode(&mut self, frame: Frame, timestamp: u64) -> i32 {
        match frame {
            Frame::Temp { raw, channel } => {
                let mut scaled = raw as i32 * 10;
                let idx = (channel % 4) as usize;
                self.readings[idx] = raw as i32;
                raw as i32
            }
            Frame::Humidity(value, checksum) => value as i32,
            Frame::Heartbeat { seq } if seq > self.last_seq => {
                let mut gap = seq - self.last_seq;
                self.last_seq = seq;
                0
            }
            Frame::Heartbeat { seq: _ } => -1,
            Frame::Error(code @ 0..=9) => -10,
            Frame::Error(other) => -(other as i32),
        }
    }

    fn into_last_seq(mut self) -> u32 {
        self.last_seq
    }

    fn summary(&self) -> (i32, i32) {
        let mut lo = i32::MAX;
        let mut hi = i32::MIN;
        for (i, &r) in self.readings.iter().enumerate() {
            lo = lo.min(r);
            hi = hi.max(r);
        }
        (lo, hi)
    }
}

fn checksum(bytes: &[u8], seed: u8, _salt: u8) -> u8 {
    let mut acc = 0u8;
    for &b in bytes {
        acc = acc.wrapping_add(b);
    }
    acc
}

fn main() {
    let mut driver = Driver { last_seq: 0, readings: [0; 4] };
    let frames = [
        Frame::Temp { raw: 215, channel: 1 },
        Frame::Humidity(430, 7),
        Frame::Heartbeat { seq: 3 },
        Frame::Heartbeat { seq: 2 },
        Frame::Error(4),
        Frame::Error(40),
    ];
    let mut total = 0;
    for (n, f) in frames.iter().enumerate() {
        total += driver.decode(*f, 1_000);
    }
    let (lo, hi) = driver.summary();
    let mut label = "summary";
    let (a, b) = (lo, hi);
    println!("{label}: total {total} lo {a} hi {hi}");
    let c = checksum(&[1, 2, 3], 0, 9);
    println!("{c} {}", driver.into_last_seq());
}
