// A tiny vector-clock library that uses `Self` in every position L1 allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Tick(u32);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Send { to: u8, at: Tick },
    Receive(u8, Tick),
    Idle,
}

#[derive(Debug, Clone, Copy, Default)]
struct Origin;

impl Tick {
    const ZERO: Self = Self(0);

    fn next(self) -> Self {
        Self(self.0 + 1)
    }

    fn later(a: Self, b: Self) -> Self {
        if a >= b { a } else { b }
    }

    fn unpack(self) -> u32 {
        let Self(n) = self;
        n
    }
}

impl Event {
    const QUIET: Self = Self::Idle;

    fn stamp(&self) -> Tick {
        match *self {
            Self::Send { at, .. } => at,
            Self::Receive(_, at) => at,
            Self::Idle => Tick::ZERO,
        }
    }

    fn peer(self) -> u8 {
        match self {
            Self::Send { to, .. } | Self::Receive(to, _) => to,
            Self::QUIET => 0,
        }
    }

    fn reply(&self) -> Self {
        if let Self::Send { to, at } = self {
            Self::Receive(*to, at.next())
        } else {
            Self::QUIET
        }
    }
}

impl Origin {
    fn make() -> Self {
        Self
    }
}

fn main() {
    const PEERS: usize = 3;

    struct Log {
        events: [Event; PEERS],
        count: usize,
    }

    impl Log {
        fn push(&mut self, e: Event) {
            if self.count < PEERS {
                self.events[self.count] = e;
                self.count += 1;
            }
        }
    }

    let mut log = Log { events: [Event::QUIET; PEERS], count: 0 };
    let first = Event::Send { to: 2, at: Tick::ZERO.next() };
    log.push(first);
    log.push(first.reply());
    log.push(Event::Receive(1, Tick(9)));
    log.push(Event::Idle);

    let mut clock = Tick::ZERO;
    for e in log.events.iter() {
        clock = Tick::later(clock, e.stamp()).next();
        println!("{:?} peer={} clock={}", e, e.peer(), clock.unpack());
    }
    println!("{:?} {:?} {}", Origin::make(), Origin::default(), log.count);
    println!("{}", helper_after_main(clock));
}

fn helper_after_main(t: Tick) -> u32 {
    t.0 * 2
}
