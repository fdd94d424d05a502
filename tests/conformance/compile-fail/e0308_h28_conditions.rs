// Loop and branch conditions that are not booleans.
#[derive(Clone, Copy)]
struct Queue {
    pending: u32,
    paused: bool,
}

fn drain(q: &mut Queue) -> u32 {
    let mut steps = 0;
    while q.pending {
        q.pending -= 1;
        steps += 1;
    }
    steps
}

fn can_run(q: Queue) -> bool {
    if q.paused = false {
        return true;
    }
    false
}

fn describe(q: Queue) -> &'static str {
    if q.pending > 10 && q.pending {
        "busy"
    } else if !q.pending {
        "empty"
    } else {
        "normal"
    }
}

fn main() {
    let mut q = Queue { pending: 4, paused: false };
    let ok = can_run(q);
    if ok {
        let n = drain(&mut q);
        println!("drained {}", n);
    }
    let flag = if q.pending == 0 { 1 } else { 0 };
    if flag {
        println!("{}", describe(q));
    }
}
