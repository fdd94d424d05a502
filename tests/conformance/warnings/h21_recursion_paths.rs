// lints: unconditional_recursion
// A small state machine whose helpers recurse through loops, labelled
// blocks, guards and assertions; rustc lints only those that cannot return.
struct Machine {
    state: u32,
    limit: u32,
}

impl Machine {
    fn spin(&self) -> u32 {
        loop {
            return self.spin();
        }
    }

    fn settle(&self, n: u32) -> u32 {
        loop {
            if n > self.limit {
                break;
            }
            return self.settle(n + 1);
        }
        self.state
    }

    fn drain(&self, n: u32) -> u32 {
        while n > 0 {
            return self.drain(n - 1);
        }
        self.drain(n)
    }

    fn wait(&self, n: u32) -> u32 {
        loop {
            if n == self.state {
                continue;
            }
            return self.wait(n);
        }
    }
}

fn checked(n: u32) -> u32 {
    assert!(n < 100, "too deep");
    checked(n + 1)
}

fn fail(n: u32) -> u32 {
    if n > 10 {
        panic!("limit");
    }
    fail(n + 1)
}

fn pick(n: u32) -> u32 {
    let v = 'found: {
        if n % 2 == 0 {
            break 'found n / 2;
        }
        n * 3 + 1
    };
    pick(v)
}

fn early(n: u32) -> u32 {
    'done: {
        if n > 5 {
            break 'done;
        }
        return 1;
    }
    early(n - 1)
}

fn guard(n: u32) -> u32 {
    match n {
        0 => guard(1),
        k if guard(k - 1) > 3 => 4,
        _ => guard(n / 2),
    }
}

fn either(a: bool, b: bool) -> bool {
    a && either(b, a)
}

fn main() {
    let m = Machine { state: 1, limit: 3 };
    if m.state > 5 {
        println!("{}", m.spin() + m.drain(2) + m.wait(3));
    }
    println!("{}", m.settle(0));
    if m.limit > 10 {
        println!("{} {} {} {}", checked(1), fail(1), pick(7), early(9));
        println!("{} {}", guard(2), either(true, false));
    }
}
