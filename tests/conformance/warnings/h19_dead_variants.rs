// lints: dead_code
// A protocol parser whose enum variants are matched everywhere but rarely built.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Ping,
    Pong,
    Data(u8),
    Ack { seq: u16 },
    Reset,
}

enum Status {
    Idle,
    Busy(u32),
    Failed { code: i32, retry: bool },
}

fn handle(frame: Frame) -> u32 {
    match frame {
        Frame::Ping => 1,
        Frame::Pong => 2,
        Frame::Data(b) => b as u32,
        Frame::Ack { seq } => seq as u32,
        Frame::Reset => 0,
    }
}

fn report(status: &Status) -> i32 {
    match status {
        Status::Idle => 0,
        Status::Busy(n) => *n as i32,
        Status::Failed { code, .. } => *code,
    }
}

fn is_ping(frame: &Frame) -> bool {
    if let Frame::Ping = frame {
        true
    } else {
        matches_reset(frame)
    }
}

fn matches_reset(frame: &Frame) -> bool {
    *frame == Frame::Reset
}

enum Unused {
    First,
    Second(i32),
}

fn main() {
    let f = Frame::Data(7);
    println!("{}", handle(f));
    println!("{}", is_ping(&Frame::Pong));
    let s = Status::Busy(3);
    println!("{}", report(&s));
}
