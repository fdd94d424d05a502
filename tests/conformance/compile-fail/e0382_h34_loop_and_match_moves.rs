// Job scheduler: non-Copy job records moved inside a loop and in match arms.

#[derive(Debug)]
struct Job {
    id: u32,
    cost: u32,
}

#[derive(Debug)]
enum Slot {
    Empty,
    Busy(Job),
    Done(Job),
}

fn run(job: Job) -> u32 {
    println!("running {}", job.id);
    job.cost
}

fn archive(job: Job) {
    println!("archived {:?}", job);
}

fn main() {
    let urgent = Job { id: 1, cost: 30 };
    let mut spent = 0;
    for _ in 0..3 {
        spent += run(urgent);
    }
    println!("spent {}", spent);

    let slot = Slot::Busy(Job { id: 2, cost: 10 });
    match slot {
        Slot::Busy(job) => {
            archive(job);
            println!("cost was {}", job.cost);
        }
        Slot::Done(job) => archive(job),
        Slot::Empty => {}
    }

    let slot2 = Slot::Done(Job { id: 3, cost: 5 });
    if let Slot::Done(j) = slot2 {
        archive(j);
    }
    println!("{:?}", slot2);
}
