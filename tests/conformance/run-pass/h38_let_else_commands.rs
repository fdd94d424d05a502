// Parsing commands represented as enums; let else, while let, if let chains of matches.
#[derive(Debug, Clone, Copy)]
enum Command {
    Move { dx: i32, dy: i32 },
    Say(char),
    Wait(u32),
    Quit,
}

enum Slot {
    Full(Command),
    Empty,
}

struct Queue {
    items: [Command; 6],
    next: usize,
}

impl Queue {
    fn new(items: [Command; 6]) -> Queue {
        Queue { items, next: 0 }
    }

    fn pop(&mut self) -> Slot {
        if self.next >= self.items.len() {
            return Slot::Empty;
        }
        let cmd = self.items[self.next];
        self.next += 1;
        Slot::Full(cmd)
    }
}

fn wait_time(cmd: Command) -> u32 {
    let Command::Wait(secs) = cmd else {
        return 0;
    };
    secs
}

fn main() {
    let mut q = Queue::new([
        Command::Say('h'),
        Command::Move { dx: 2, dy: -1 },
        Command::Wait(3),
        Command::Move { dx: -5, dy: 4 },
        Command::Quit,
        Command::Say('x'),
    ]);
    let mut pos = (0, 0);
    let mut waited = 0;
    while let Slot::Full(cmd) = q.pop() {
        waited += wait_time(cmd);
        match cmd {
            Command::Move { dx, dy } => {
                pos.0 += dx;
                pos.1 += dy;
                println!("moved to {:?}", pos);
            }
            Command::Say(c) => println!("said {c}"),
            Command::Wait(n) => println!("waiting {n}"),
            Command::Quit => {
                println!("quit");
                break;
            }
        }
    }
    if let Slot::Full(Command::Say(c)) = q.pop() {
        println!("left over: {c}");
    }
    println!("final {:?}, waited {waited}", pos);
}
