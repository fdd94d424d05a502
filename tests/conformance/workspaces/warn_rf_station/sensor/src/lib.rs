pub const CHANNELS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub channel: u8,
    pub value: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Idle,
    Running,
    Stopped,
    Fault(u8),
}

#[derive(Debug)]
pub struct Probe {
    pub name: &'static str,
    pub state: State,
    samples: [i32; CHANNELS],
}

impl Probe {
    pub fn new(name: &'static str) -> Probe {
        Probe { name, state: State::Idle, samples: [0; CHANNELS] }
    }

    pub fn record(&mut self, r: Reading) {
        self.samples[r.channel as usize % CHANNELS] = r.value;
        self.state = State::Running;
    }

    pub fn mean(&self) -> i32 {
        let mut sum = 0;
        for s in self.samples {
            sum += s;
        }
        sum / CHANNELS as i32
    }
}

pub fn calibrate(r: Reading, offset: i32) -> Reading {
    Reading { channel: r.channel, value: r.value + offset }
}
