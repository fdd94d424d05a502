// A fixed-size ring buffer of jobs; jobs are not Copy, so moving them out is tracked.
#[derive(Debug, Clone, PartialEq)]
struct Job {
    id: u32,
    cost: u64,
}

struct Ring {
    slots: [Job; 4],
    head: usize,
    len: usize,
}

impl Ring {
    fn new() -> Ring {
        let blank = Job { id: 0, cost: 0 };
        Ring { slots: [blank.clone(), blank.clone(), blank.clone(), blank], head: 0, len: 0 }
    }

    fn push(&mut self, job: Job) {
        let at = (self.head + self.len) % 4;
        self.slots[at] = job;
        self.len += 1;
    }

    fn into_first(self) -> Job {
        let Ring { slots, head, .. } = self;
        let [a, b, c, d] = slots;
        match head {
            0 => a,
            1 => b,
            2 => c,
            _ => d,
        }
    }
}

fn total(jobs: [Job; 2]) -> u64 {
    jobs[0].cost + jobs[1].cost
}

fn main() {
    let mut ring = Ring::new();
    let urgent = Job { id: 7, cost: 30 };
    ring.push(urgent);
    println!("{:?}", urgent);

    let pair = (Job { id: 1, cost: 5 }, Job { id: 2, cost: 6 });
    let (left, _) = pair;
    println!("{}", pair.1.id);
    println!("{:?} {:?}", left, pair);

    let spare = Job { id: 3, cost: 1 };
    let _ = spare;
    println!("{}", spare.id);
    let kept = spare;
    println!("{}", total([kept, spare]));

    let first = ring.into_first();
    println!("{:?} {}", first, ring.len);

    let mut backlog = Job { id: 9, cost: 2 };
    for round in 0..3 {
        if round == 1 {
            ring = Ring::new();
            ring.push(backlog);
        }
    }
    backlog.cost += 1;
}
