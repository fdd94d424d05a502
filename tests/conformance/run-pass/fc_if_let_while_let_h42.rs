// if let, let-else and while let over user-defined enums (no Option in this tier).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reading {
    Missing,
    Value(i32),
    Error { code: u16 },
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Item(u32),
    Done,
}

struct Countdown {
    remaining: u32,
}

impl Countdown {
    fn next_step(&mut self) -> Step {
        if self.remaining == 0 {
            Step::Done
        } else {
            self.remaining -= 1;
            Step::Item(self.remaining + 1)
        }
    }
}

fn value_or_zero(r: Reading) -> i32 {
    let Reading::Value(v) = r else {
        return 0;
    };
    v
}

fn parse_pair(input: (char, char)) -> u32 {
    let ('0'..='9', '0'..='9') = input else {
        panic!("not two digits: {:?}", input);
    };
    (input.0 as u32 - '0' as u32) * 10 + (input.1 as u32 - '0' as u32)
}

fn main() {
    let readings = [Reading::Value(7), Reading::Missing, Reading::Error { code: 503 }];
    for r in readings {
        if let Reading::Value(v) = r {
            println!("value {}", v);
        } else if let Reading::Error { code } = r {
            println!("error code {}", code);
        } else {
            println!("nothing");
        }
        println!("as number: {}", value_or_zero(r));
    }
    if let Reading::Value(big @ 100..=1000) = Reading::Value(250) {
        println!("big value {}", big);
    }
    let mut cd = Countdown { remaining: 3 };
    while let Step::Item(n) = cd.next_step() {
        println!("{}...", n);
    }
    println!("liftoff, then {:?}", cd.next_step());
    println!("pair {}", parse_pair(('4', '2')));
    let mut level = 9;
    while let 1..=9 = level {
        level -= 4;
    }
    println!("level {}", level);
    assert!(Reading::Missing != Reading::Value(0));
}
