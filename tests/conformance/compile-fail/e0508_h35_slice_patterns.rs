// Slice patterns over borrowed commands: binding by value vs by reference.
#[derive(Debug)]
enum Cmd {
    Move { dx: i32, dy: i32 },
    Say(u32),
    Stop,
}

fn first_two(cmds: &[Cmd]) -> u32 {
    match cmds {
        [Cmd::Say(a), Cmd::Say(b), ..] => a + b,
        [Cmd::Stop, ..] => 0,
        _ => 1,
    }
}

fn head(cmds: &[Cmd]) -> Cmd {
    match *cmds {
        [first, ..] => first,
        [] => Cmd::Stop,
    }
}

fn tail_len(cmds: &[Cmd]) -> usize {
    match *cmds {
        [_, ref rest @ ..] => rest.len(),
        [] => 0,
    }
}

fn last_of(arr: &[Cmd; 3]) -> Cmd {
    let [_, _, last] = *arr;
    last
}

fn total_move(cmds: &[Cmd]) -> i32 {
    let mut t = 0;
    for c in cmds {
        if let Cmd::Move { dx, dy } = c {
            t += dx + dy;
        }
    }
    t
}

fn main() {
    let cmds = [Cmd::Say(3), Cmd::Say(4), Cmd::Move { dx: 1, dy: -2 }];
    println!("{} {} {}", first_two(&cmds), tail_len(&cmds), total_move(&cmds));
    println!("{:?}", head(&cmds[1..]));
    println!("{:?}", last_of(&cmds));
}
