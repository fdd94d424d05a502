// lints: unreachable_code
// ATM withdrawal: greedy banknote breakdown with a fixed cassette of notes.
use std::process;

const NOTES: [u32; 5] = [100, 50, 20, 10, 5];

struct Cassette {
    counts: [u32; 5],
}

impl Cassette {
    fn available(&self) -> u32 {
        let mut total = 0;
        for i in 0..NOTES.len() {
            total += NOTES[i] * self.counts[i];
        }
        total
    }

    fn withdraw(&mut self, mut amount: u32) -> [u32; 5] {
        let mut out = [0u32; 5];
        if amount % 5 != 0 {
            panic!("amount must be a multiple of 5");
            return out;
        }
        for i in 0..NOTES.len() {
            let want = amount / NOTES[i];
            let take = want.min(self.counts[i]);
            out[i] = take;
            self.counts[i] -= take;
            amount -= take * NOTES[i];
        }
        if amount != 0 {
            println!("cannot dispense {} exactly", amount);
            process::exit(2);
            println!("unreachable cleanup");
        }
        out
    }
}

fn print_notes(notes: &[u32; 5]) {
    for i in 0..notes.len() {
        if notes[i] > 0 {
            print!("{}x{} ", notes[i], NOTES[i]);
        }
    }
    println!();
}

fn main() {
    let mut c = Cassette { counts: [5, 2, 10, 3, 4] };
    println!("available: {}", c.available());
    for amount in [385, 120, 45] {
        let notes = c.withdraw(amount);
        print!("{} => ", amount);
        print_notes(&notes);
    }
    println!("left: {}", c.available());
    loop {
        break;
    }
}
