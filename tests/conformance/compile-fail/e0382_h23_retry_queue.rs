// A retry queue for network requests; requests move around inside loops and branches.
#[derive(Debug)]
struct Request {
    url_id: u32,
    attempts: u8,
}

#[derive(Debug)]
struct Outbox {
    last: Request,
    sent: u32,
}

impl Outbox {
    fn send(&mut self, r: Request) {
        self.last = r;
        self.sent += 1;
    }

    fn take_last(self) -> Request {
        self.last
    }
}

fn retry(r: Request) -> Request {
    Request { url_id: r.url_id, attempts: r.attempts + 1 }
}

fn main() {
    let mut out = Outbox { last: Request { url_id: 0, attempts: 0 }, sent: 0 };

    let mut req = Request { url_id: 1, attempts: 0 };
    for _ in 0..3 {
        req = retry(req);
    }
    out.send(req);

    let once = Request { url_id: 2, attempts: 0 };
    loop {
        out.send(once);
        break;
    }

    let again = Request { url_id: 3, attempts: 0 };
    let mut n = 0;
    while n < 3 {
        n += 1;
        if n == 1 {
            out.send(again);
            continue;
        }
    }

    let flaky = Request { url_id: 4, attempts: 0 };
    let mut tries = 0;
    loop {
        tries += 1;
        if tries > 2 {
            out.send(flaky);
            break;
        }
    }

    let replaced = Request { url_id: 5, attempts: 0 };
    out.send(replaced);
    let replaced = Request { url_id: 6, attempts: 1 };
    println!("{:?}", replaced);

    let mut cur = Request { url_id: 7, attempts: 0 };
    out.send(cur);
    cur = Request { url_id: 8, attempts: 0 };
    println!("{:?}", cur);

    let mut leftover = Request { url_id: 9, attempts: 0 };
    out.send(leftover);
    leftover.attempts = 3;
    println!("{}", leftover.attempts);

    let box2 = Outbox { last: Request { url_id: 10, attempts: 0 }, sent: 1 };
    let last = Outbox::take_last(box2);
    println!("{:?} {}", last, box2.sent);
    let final_req = out.take_last();
    println!("{:?} {}", final_req, out.sent);
}
