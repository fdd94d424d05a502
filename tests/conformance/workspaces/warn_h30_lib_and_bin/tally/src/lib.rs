// A vote tally: the library half of the package.
pub mod counters;

pub use counters::{Ballot, Counter};

pub const MAX_CANDIDATES: usize = 4;

pub fn winner(c: &Counter) -> usize {
    let mut best = 0;
    let mut i = 1;
    while i < MAX_CANDIDATES {
        if c.votes[i] > c.votes[best] {
            best = i;
        }
        i += 1;
    }
    best
}

fn recount(c: &Counter) -> u32 {
    c.total()
}
