// lints: non_upper_case_globals dead_code
// A scheduler's tunables declared with lower-case names, some of them never used.
static max_jobs: usize = 8;
static QUANTUM_MS: u32 = 20;
const defaultPriority: u8 = 5;
const MIN_PRIORITY: u8 = 1;
const unused_limit: u32 = 99;
static RESERVED_SLOTS: usize = 2;
const _scratch: u8 = 0;

struct Scheduler {
    queue: [u8; 8],
    len: usize,
}

impl Scheduler {
    const idle_ticks: u32 = 3;
    const LOG_LEVEL: u8 = 2;

    fn push(&mut self, prio: u8) -> bool {
        if self.len >= max_jobs {
            return false;
        }
        self.queue[self.len] = prio.max(MIN_PRIORITY);
        self.len += 1;
        true
    }

    fn slice_ms(&self) -> u32 {
        QUANTUM_MS * self.len as u32 + Self::idle_ticks
    }
}

fn main() {
    let mut s = Scheduler { queue: [0; 8], len: 0 };
    for p in [defaultPriority, 0, 9] {
        s.push(p);
    }
    println!("{} {:?}", s.slice_ms(), s.queue);
}
