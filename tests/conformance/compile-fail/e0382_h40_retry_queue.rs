#[derive(Debug)]
struct Job {
    name: [char; 4],
    attempts: u32,
}

#[derive(Debug)]
enum Slot {
    Pending(Job),
    Done(u32),
}

fn drain(slot: Slot) {
    for round in 0..3 {
        match slot {
            Slot::Pending(job) => println!("round {} run {:?}", round, job),
            Slot::Done(code) => println!("done {}", code),
        }
    }
}

fn drain_pair(pair: (Slot, u32)) {
    let mut tries = 0;
    while tries < 2 {
        match pair {
            (Slot::Pending(job), n) => println!("{:?} x{}", job, n),
            (Slot::Done(_), _) => {}
        }
        tries += 1;
    }
}

fn main() {
    drain(Slot::Pending(Job { name: ['b', 'u', 'i', 'l'], attempts: 0 }));
    drain_pair((Slot::Done(0), 2));
    let j = Job { name: ['t', 'e', 's', 't'], attempts: 1 };
    println!("{}", j.attempts);
}
