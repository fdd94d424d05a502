// A tiny cooperative scheduler: tasks are consumed by `run(self)`.
#[derive(Debug)]
enum State {
    Ready,
    Blocked(u32),
    Done,
}

#[derive(Debug)]
struct Task {
    name: &'static str,
    state: State,
    budget: u32,
}

impl Task {
    fn run(self) -> State {
        if self.budget == 0 {
            State::Blocked(1)
        } else {
            State::Done
        }
    }

    fn describe(&self) -> &'static str {
        self.name
    }

    fn split(self) -> (State, u32) {
        (self.state, self.budget)
    }
}

fn pick(a: Task, b: Task, first: bool) -> Task {
    if first { a } else { b }
}

fn main() {
    let t1 = Task { name: "io", state: State::Ready, budget: 3 };
    let outcome = t1.run();
    println!("{} -> {:?}", t1.describe(), outcome);

    let t2 = Task { name: "net", state: State::Blocked(2), budget: 0 };
    let state = t2.state;
    let leftover = t2.split();
    println!("{:?} {:?}", state, leftover);

    let t3 = Task { name: "ui", state: State::Ready, budget: 1 };
    let t4 = Task { name: "gc", state: State::Done, budget: 9 };
    let chosen = pick(t3, t4, true);
    match chosen.state {
        State::Blocked(n) => println!("blocked {}", n),
        other => println!("{:?}", other),
    }
    println!("{}", chosen.budget);
    println!("{}", chosen.describe());
    println!("{}", t4.name);

    let t5 = Task { name: "log", state: State::Ready, budget: 2 };
    let mut runs = 0;
    while runs < 2 {
        let s = t5.run();
        println!("{:?}", s);
        runs += 1;
    }

    let t6 = Task { name: "tmr", state: State::Ready, budget: 4 };
    let done = if t6.budget > 2 { t6.run() } else { State::Ready };
    println!("{:?} {}", done, t6.name);
}
