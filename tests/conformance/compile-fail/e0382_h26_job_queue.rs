// Print job queue: jobs are not Copy, so moving them out of the queue matters.
#[derive(Debug, PartialEq)]
struct Job {
    id: u32,
    pages: u16,
}

#[derive(Debug)]
enum Slot {
    Empty,
    Waiting(Job),
}

struct Queue {
    slots: [Slot; 3],
    next: usize,
}

impl Queue {
    fn take(&mut self) -> Slot {
        let i = self.next % 3;
        self.next += 1;
        let out = match &self.slots[i] {
            Slot::Waiting(j) => Slot::Waiting(Job { id: j.id, pages: j.pages }),
            Slot::Empty => Slot::Empty,
        };
        self.slots[i] = Slot::Empty;
        out
    }
}

fn print_job(job: Job) -> u16 {
    println!("printing {}", job.id);
    job.pages
}

fn main() {
    let mut q = Queue {
        slots: [Slot::Waiting(Job { id: 1, pages: 3 }), Slot::Empty, Slot::Waiting(Job { id: 2, pages: 9 })],
        next: 0,
    };
    let mut printed = 0;
    let mut rounds = 0;
    while let Slot::Waiting(job) = q.take() {
        printed += print_job(job);
        if job.pages > 5 {
            println!("long job");
        }
        rounds += 1;
    }
    let big = Job { id: 9, pages: 100 };
    let copy = big;
    println!("{} {} {:?} {:?}", printed, rounds, big, copy);
}
