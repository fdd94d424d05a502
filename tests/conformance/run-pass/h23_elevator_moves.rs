// An elevator controller: requests are moved, re-initialised and matched by reference.
#[derive(Debug, Clone, PartialEq)]
struct Request {
    floor: u8,
    up: bool,
}

#[derive(Debug)]
struct Elevator {
    at: u8,
    served: u32,
    last: Request,
}

impl Elevator {
    fn serve(&mut self, r: Request) {
        self.at = r.floor;
        self.served += 1;
        self.last = r;
    }

    fn finish(self) -> (u8, u32) {
        (self.at, self.served)
    }
}

fn main() {
    let mut e = Elevator { at: 0, served: 0, last: Request { floor: 0, up: true } };
    let mut req = Request { floor: 3, up: true };
    for i in 0..4u8 {
        e.serve(req);
        req = Request { floor: 3 + i * 2, up: i % 2 == 0 };
    }
    println!("last request left: {:?}", req);

    let pending = Request { floor: 9, up: false };
    let _ = pending;
    let by_ref = &pending;
    match by_ref {
        Request { floor: f @ 8..=10, up: false } => println!("high down {}", f),
        Request { floor, .. } => println!("other {}", floor),
    }
    let r2 = pending.clone();
    let moved_away;
    if r2.up {
        moved_away = r2;
    } else {
        e.serve(r2);
        moved_away = Request { floor: 1, up: true };
    }
    println!("{:?}", moved_away);

    let mut queue = [Request { floor: 2, up: true }, Request { floor: 5, up: false }];
    let mut k = 0;
    while k < queue.len() {
        let next = queue[k].clone();
        queue[k] = Request { floor: 0, up: false };
        e.serve(next);
        k += 1;
    }
    println!("{:?}", queue);
    let (at, served) = e.finish();
    println!("at {} served {}", at, served);
}
