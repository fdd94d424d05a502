// lints: while_true unreachable_code unused_parens
// Event pump for a small UI toolkit.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Click(i16, i16),
    Key(u8),
    Quit,
}

struct Pump {
    queue: [Event; 4],
    pos: usize,
}

impl Pump {
    fn next(&mut self) -> Event {
        let e = self.queue[self.pos % 4];
        self.pos += 1;
        e
    }
}

fn run(p: &mut Pump) -> u32 {
    let mut handled = 0;
    while true {
        match p.next() {
            Event::Quit => break,
            Event::Click(x, y) => println!("click {} {}", x, y),
            Event::Key(k) => println!("key {}", k),
        }
        handled += 1;
    }
    return handled;
    println!("pump stopped");
}

fn drain(p: &mut Pump) -> u32 {
    let mut n = 0;
    loop {
        if (p.next() == Event::Quit) {
            return n;
        }
        n += 1;
    }
    n
}

fn main() {
    let mut p = Pump { queue: [Event::Click(3, 4), Event::Key(b'a'), Event::Key(b'b'), Event::Quit], pos: 0 };
    println!("handled {}", run(&mut p));
    println!("drained {}", drain(&mut p));
}
