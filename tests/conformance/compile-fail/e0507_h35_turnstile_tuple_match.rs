// A turnstile state machine: matching on a tuple built from `self.state`.
#[derive(Debug)]
enum State {
    Locked { coins: u32 },
    Open { visitor: u32 },
    Broken,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin,
    Push(u32),
    Kick,
}

struct Turnstile {
    state: State,
    passed: u32,
}

impl Turnstile {
    fn on(&mut self, ev: Event) {
        let next = match (self.state, ev) {
            (State::Locked { coins }, Event::Coin) => State::Open { visitor: coins + 1 },
            (State::Open { visitor }, Event::Push(_)) => {
                self.passed += 1;
                State::Locked { coins: visitor }
            }
            (_, Event::Kick) => State::Broken,
            (s, _) => s,
        };
        self.state = next;
    }

    fn is_open(&self) -> bool {
        match (&self.state, self.passed) {
            (State::Open { .. }, _) => true,
            (_, _) => false,
        }
    }

    fn coins(&self) -> u32 {
        match self.state {
            State::Locked { coins } => coins,
            State::Open { .. } | State::Broken => 0,
        }
    }
}

fn main() {
    let mut t = Turnstile { state: State::Locked { coins: 0 }, passed: 0 };
    for ev in [Event::Coin, Event::Push(1), Event::Kick] {
        t.on(ev);
        println!("{:?} {} {}", t.state, t.is_open(), t.coins());
    }
}
