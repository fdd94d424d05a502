// The binary half of the same package: it links the library as `tally`.
use helpers::{bar, percent as pct};
use tally::{winner, Ballot, Counter, MAX_CANDIDATES};

pub struct Report {
    pub lines: u32,
}

fn print_bars(c: &Counter) {
    let total = c.total();
    for (i, v) in c.votes.iter().enumerate() {
        print!("cand {} ", i);
        bar(*v * 20 / total.max(1));
    }
}

fn main() {
    let mut c = Counter::new();
    let ballots = [Ballot::For(1), Ballot::For(2), Ballot::For(1), Ballot::Blank, Ballot::For(3)];
    for b in ballots {
        c.cast(b);
    }
    print_bars(&c);
    let mut announced = false;
    println!("winner {} of {}", winner(&c), MAX_CANDIDATES);
    announced = true;
}
