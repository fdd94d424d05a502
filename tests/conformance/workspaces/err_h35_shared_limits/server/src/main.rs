use limits::{Budget, BACKLOG, MAX_CLIENTS, TIMEOUT_S};

const QUEUE: u8 = MAX_CLIENTS + BACKLOG + 10;
const WAIT_MS: u16 = TIMEOUT_S * 1000;
const TOTAL_KIB: u32 = Budget::PER_CLIENT_KIB * MAX_CLIENTS as u32;
const LONG_WAIT_MS: u16 = TIMEOUT_S * 3000;

struct Server {
    queue: [u8; BACKLOG as usize],
    open: u8,
}

fn main() {
    let s = Server { queue: [0; BACKLOG as usize], open: 0 };
    println!("{} {} {} {}", QUEUE, WAIT_MS, TOTAL_KIB, LONG_WAIT_MS);
    println!("{} {} {}", s.queue.len(), s.open, limits::slot_for(20));
}
