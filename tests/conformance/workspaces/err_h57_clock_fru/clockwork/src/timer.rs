pub mod side;

use self::side::Side;
use crate::TICK_MS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Ready,
    Running(Side),
    Flagged { loser: Side },
}

#[derive(Debug)]
pub struct Clock {
    pub(crate) remaining_ms: [u64; 2],
    pub increment_ms: u64,
    pub state: State,
}

impl Clock {
    pub fn new(base_secs: u64, increment_secs: u64) -> Clock {
        Clock {
            remaining_ms: [base_secs * 1000; 2],
            increment_ms: increment_secs * 1000,
            state: State::Ready,
        }
    }

    pub fn start(&mut self, first: Side) {
        self.state = State::Running(first);
    }

    pub fn tick(&mut self, ticks: u64) {
        if let State::Running(side) = self.state {
            let slot = &mut self.remaining_ms[side.index()];
            let spent = ticks * TICK_MS;
            if spent >= *slot {
                *slot = 0;
                self.state = State::Flagged { loser: side };
            } else {
                *slot -= spent;
            }
        }
    }

    pub fn press(&mut self) {
        match self.state {
            State::Running(side) => {
                self.remaining_ms[side.index()] += self.increment_ms;
                self.state = State::Running(side.other());
            }
            State::Ready | State::Flagged { .. } => {}
        }
    }

    pub fn seconds_left(&self, side: Side) -> u64 {
        self.remaining_ms[side.index()] / 1000
    }
}
