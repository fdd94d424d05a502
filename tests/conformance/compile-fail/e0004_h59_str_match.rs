fn command_id(cmd: &str) -> u8 {
    match cmd {
        "start" => 1,
        "stop" => 2,
        "pause" => 3,
    }
}

fn main() {
    let cmds = ["start", "pause", "stop"];
    for c in cmds {
        println!("{}", command_id(c));
    }
}
