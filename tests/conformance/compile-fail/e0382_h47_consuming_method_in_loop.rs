// Consuming methods called inside loops and branches.
#[derive(Debug)]
struct Job {
    id: u32,
    weight: u32,
}

impl Job {
    fn run(self) -> u32 {
        self.id * self.weight
    }

    fn weight(&self) -> u32 {
        self.weight
    }
}

struct Queue {
    head: Job,
    len: u32,
}

impl Queue {
    fn drain(self) -> u32 {
        let mut total = 0;
        for _ in 0..self.len {
            total += self.head.run();
        }
        total
    }

    fn maybe_run(self, go: bool) -> u32 {
        if go {
            self.head.run();
        }
        self.head.weight()
    }
}

fn main() {
    let q = Queue { head: Job { id: 1, weight: 2 }, len: 3 };
    println!("{}", q.drain());
    let j = Job { id: 5, weight: 1 };
    let mut n = 0;
    while n < 3 {
        n += j.run();
    }
    let q2 = Queue { head: Job { id: 2, weight: 2 }, len: 1 };
    println!("{} {}", n, q2.maybe_run(true));
}
