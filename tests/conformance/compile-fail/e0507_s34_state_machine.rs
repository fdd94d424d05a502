// A job runner's state machine: matching on the state behind `&mut self`
// binds the job by value.
#[derive(Debug)]
struct Job {
    id: u32,
    cost: u32,
}

#[derive(Debug)]
enum State {
    Idle,
    Running(Job),
    Done { job: Job, took: u32 },
}

struct Runner {
    state: State,
    ticks: u32,
}

fn finish(job: Job, took: u32) -> State {
    State::Done { job, took }
}

impl Runner {
    fn tick(&mut self) {
        self.ticks += 1;
        let next = match self.state {
            State::Idle => State::Idle,
            State::Running(job) => finish(job, self.ticks),
            State::Done { took, .. } => {
                println!("done after {}", took);
                return;
            }
        };
        self.state = next;
    }

    fn cost(&self) -> u32 {
        match &self.state {
            State::Running(job) => job.cost,
            State::Done { job, .. } => job.cost + job.id,
            State::Idle => 0,
        }
    }
}

fn main() {
    let mut r = Runner { state: State::Running(Job { id: 7, cost: 3 }), ticks: 0 };
    r.tick();
    r.tick();
    println!("{}", r.cost());
}
