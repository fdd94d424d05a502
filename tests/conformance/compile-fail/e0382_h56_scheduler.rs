// Round-robin and priority scheduling simulation over a fixed task table.

const MAX_TASKS: usize = 8;
const QUANTUM: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Waiting,
    Ready,
    Running,
    Blocked { until: u32 },
    Done { finished_at: u32 },
}

#[derive(Debug, Clone, Copy)]
struct Task {
    id: u8,
    arrival: u32,
    burst: u32,
    remaining: u32,
    priority: u8,
    io_every: u32,
    state: State,
}

#[derive(Debug)]
struct Report {
    name: &'static str,
    finish: [u32; MAX_TASKS],
    waits: [u32; MAX_TASKS],
    switches: u32,
    clock: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Policy {
    RoundRobin,
    Priority,
}

impl Task {
    fn new(id: u8, arrival: u32, burst: u32, priority: u8, io_every: u32) -> Task {
        Task { id, arrival, burst, remaining: burst, priority, io_every, state: State::Waiting }
    }

    fn is_done(&self) -> bool {
        matches_done(self.state)
    }
}

fn matches_done(s: State) -> bool {
    match s {
        State::Done { .. } => true,
        _ => false,
    }
}

fn pick(tasks: &[Task], policy: Policy, last: usize) -> usize {
    let n = tasks.len();
    match policy {
        Policy::RoundRobin => {
            for off in 1..=n {
                let i = (last + off) % n;
                if tasks[i].state == State::Ready {
                    return i;
                }
            }
            n
        }
        Policy::Priority => {
            let mut best = n;
            for (i, t) in tasks.iter().enumerate() {
                if t.state != State::Ready {
                    continue;
                }
                if best == n || t.priority > tasks[best].priority {
                    best = i;
                }
            }
            best
        }
    }
}

fn simulate(name: &'static str, mut tasks: [Task; MAX_TASKS], count: usize, policy: Policy) -> Report {
    let mut report = Report { name, finish: [0; MAX_TASKS], waits: [0; MAX_TASKS], switches: 0, clock: 0 };
    let tasks = &mut tasks[..count];
    let mut clock = 0u32;
    let mut last = count - 1;

    'sim: loop {
        // admit arrivals and wake blocked tasks
        for t in tasks.iter_mut() {
            match t.state {
                State::Waiting if t.arrival <= clock => t.state = State::Ready,
                State::Blocked { until } if until <= clock => t.state = State::Ready,
                _ => {}
            }
        }
        if tasks.iter().all_done() {
            break 'sim;
        }
        let cur = pick(tasks, policy, last);
        if cur == count {
            clock += 1;
            continue 'sim;
        }
        if cur != last {
            report.switches += 1;
        }
        last = cur;
        tasks[cur].state = State::Running;
        let mut ran = 0;
        while ran < QUANTUM {
            for (i, t) in tasks.iter().enumerate() {
                if i != cur && t.state == State::Ready {
                    report.waits[i] += 1;
                }
            }
            clock += 1;
            ran += 1;
            let t = &mut tasks[cur];
            t.remaining -= 1;
            if t.remaining == 0 {
                t.state = State::Done { finished_at: clock };
                report.finish[cur] = clock;
                continue 'sim;
            }
            if t.io_every > 0 && (t.burst - t.remaining) % t.io_every == 0 {
                t.state = State::Blocked { until: clock + 2 };
                continue 'sim;
            }
        }
        tasks[cur].state = State::Ready;
    }
    report.clock = clock;
    report
}

fn print_report(r: Report, count: usize) {
    println!("== {} (clock {}, {} switches)", r.name, r.clock, r.switches);
    let mut total_wait = 0;
    for i in 0..count {
        println!("  task {} finished at {:>3}, waited {:>3}", i, r.finish[i], r.waits[i]);
        total_wait += r.waits[i];
    }
    println!("  average wait {:.2}", total_wait as f64 / count as f64);
}

fn main() {
    let blank = Task::new(0, 0, 1, 0, 0);
    let mut table = [blank; MAX_TASKS];
    let specs = [(0u32, 7u32, 2u8, 0u32), (1, 4, 5, 2), (2, 9, 1, 4), (4, 3, 3, 0), (6, 5, 4, 0)];
    let mut n = 0;
    for &(arrival, burst, prio, io) in specs.iter() {
        table[n] = Task::new(n as u8, arrival, burst, prio, io);
        n += 1;
    }
    let rr = simulate("round robin", table, n, Policy::RoundRobin);
    let pr = simulate("priority", table, n, Policy::Priority);
    print_report(rr, n);
    print_report(pr, n);
    println!("round robin used {} switches", rr.switches);
    let first = table[0];
    println!("task {} burst {} done={}", first.id, first.burst, first.is_done());
}
