// lints: unused_variables unused_mut dead_code
// A sensor hub that matches on borrowed state; bindings it never reads.
#[derive(Debug)]
struct Probe {
    id: u16,
    offset: i32,
    calibrated: bool,
}

#[derive(Debug)]
enum Status {
    Online(Probe),
    Offline { last: Probe, since: u64 },
    Unknown,
}

struct Hub {
    status: [Status; 2],
    polls: u32,
}

impl Hub {
    fn offsets(&self) -> i32 {
        let mut total = 0;
        for s in &self.status {
            match *s {
                Status::Online(ref p) => total += p.offset,
                Status::Offline { ref last, since } => total += last.offset,
                Status::Unknown => {}
            }
        }
        total
    }

    fn first_id(&self) -> u16 {
        let mut fallback = 0;
        match &self.status[0] {
            Status::Online(p) => p.id,
            Status::Offline { last: Probe { id, offset, .. }, .. } => *id,
            Status::Unknown => fallback,
        }
    }

    fn poll(&mut self) -> u32 {
        let Hub { ref status, polls } = *self;
        self.polls = polls + 1;
        self.polls
    }
}

fn main() {
    let mut hub = Hub {
        status: [
            Status::Online(Probe { id: 4, offset: -3, calibrated: true }),
            Status::Offline { last: Probe { id: 5, offset: 8, calibrated: false }, since: 1700 },
        ],
        polls: 0,
    };
    println!("{} {} {}", hub.offsets(), hub.first_id(), hub.poll());
}
