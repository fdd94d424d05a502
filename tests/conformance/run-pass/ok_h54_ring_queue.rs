// A bounded FIFO queue on a fixed array with head/tail indices.
const CAP: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Job {
    Print(u32),
    Scan { pages: u16 },
    Idle,
}

struct Queue {
    items: [Job; CAP],
    head: usize,
    tail: usize,
    len: usize,
}

impl Queue {
    fn new() -> Queue {
        Queue { items: [Job::Idle; CAP], head: 0, tail: 0, len: 0 }
    }

    fn is_full(&self) -> bool {
        self.len == CAP
    }

    fn push(&mut self, job: Job) -> bool {
        if self.is_full() {
            return false;
        }
        self.items[self.tail] = job;
        self.tail = (self.tail + 1) % CAP;
        self.len += 1;
        true
    }

    fn pop(&mut self) -> Job {
        if self.len == 0 {
            return Job::Idle;
        }
        let job = self.items[self.head];
        self.items[self.head] = Job::Idle;
        self.head = (self.head + 1) % CAP;
        self.len -= 1;
        job
    }

    fn peek(&self) -> &Job {
        &self.items[self.head]
    }
}

fn cost(job: &Job) -> u32 {
    match *job {
        Job::Print(copies) => copies * 2,
        Job::Scan { pages } if pages > 10 => 30,
        Job::Scan { pages } => pages as u32 * 3,
        Job::Idle => 0,
    }
}

fn main() {
    let mut q = Queue::new();
    let incoming = [
        Job::Print(3),
        Job::Scan { pages: 4 },
        Job::Print(1),
        Job::Scan { pages: 20 },
        Job::Print(7),
        Job::Print(9),
    ];
    for job in incoming {
        if !q.push(job) {
            println!("queue full, dropped {:?}", job);
        }
    }
    println!("next up: {:?}", q.peek());
    let mut total = 0;
    for round in 0..3 {
        let j = q.pop();
        total += cost(&j);
        println!("round {}: {:?}", round, j);
    }
    q.push(Job::Scan { pages: 2 });
    while q.len > 0 {
        let j = q.pop();
        total += cost(&j);
    }
    println!("total cost {} (head={}, tail={})", total, q.head, q.tail);
    assert!(q.pop() == Job::Idle);
}
