// `if let` / `let else` move out of the value only when the pattern matches.
#[derive(Debug)]
struct Payload {
    bytes: [u8; 4],
    len: usize,
}

#[derive(Debug)]
enum Command {
    Send(Payload),
    Resend { original: Payload, attempt: u8 },
    Ping,
}

fn handle(cmd: Command) -> usize {
    if let Command::Send(p) = cmd {
        p.len
    } else if let Command::Resend { original, attempt } = cmd {
        println!("attempt {}", attempt);
        original.len
    } else {
        println!("ignored {:?}", cmd);
        0
    }
}

fn payload_or_log(cmd: Command) -> Payload {
    let Command::Send(p) = cmd else {
        println!("no payload in {:?}", cmd);
        return Payload { bytes: [0; 4], len: 0 };
    };
    p
}

fn main() {
    let cmds = [
        Command::Send(Payload { bytes: *b"abcd", len: 4 }),
        Command::Resend { original: Payload { bytes: *b"xy\0\0", len: 2 }, attempt: 3 },
        Command::Ping,
    ];
    for c in cmds {
        println!("{}", handle(c));
    }
    let p = payload_or_log(Command::Ping);
    println!("{:?}", p.bytes);
    let q = payload_or_log(Command::Send(Payload { bytes: *b"wxyz", len: 4 }));
    println!("{:?} {}", q.bytes, q.len);
}
