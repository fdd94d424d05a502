// let-else statements with various patterns and diverging else blocks.
use std::collections::HashMap;

#[derive(Debug)]
enum Command {
    Move { dx: i32, dy: i32 },
    Say(String),
    Quit,
}

fn parse(line: &str) -> Option<Command> {
    let mut parts = line.split_whitespace();
    let Some(verb) = parts.next() else {
        return None;
    };
    match verb {
        "move" => {
            let (Some(dx), Some(dy)) = (parts.next(), parts.next()) else {
                return None;
            };
            let (Ok(dx), Ok(dy)) = (dx.parse::<i32>(), dy.parse::<i32>()) else { return None };
            Some(Command::Move { dx, dy })
        }
        "say" => Some(Command::Say(parts.collect::<Vec<_>>().join(" "))),
        "quit" => Some(Command::Quit),
        _ => None,
    }
}

fn lookup(env: &HashMap<String, String>, key: &str) -> Result<u16, String> {
    let Some(raw) = env.get(key) else {
        return Err(format!("{key} not set"));
    };
    let Ok(port) = raw.parse::<u16>() else {
        return Err(format!("{key} is not a port: {raw}"));
    };
    Ok(port)
}

fn sum_pairs(items: &[(i32, Option<i32>)]) -> i32 {
    let mut total = 0;
    for item in items {
        let &(a, Some(b)) = item else {
            continue;
        };
        total += a + b;
    }
    total
}

fn main() {
    for line in ["move 1 2", "say hi there", "quit", "jump"] {
        let Some(cmd) = parse(line) else {
            println!("could not parse {line:?}");
            continue;
        };
        println!("{cmd:?}");
    }
    let mut env = HashMap::new();
    env.insert("PORT".to_string(), "8080".to_string());
    println!("{:?} {:?}", lookup(&env, "PORT"), lookup(&env, "HOST"));
    let [first, .., last] = [1, 2, 3, 4] else { unreachable!() };
    let Command::Say(ref msg) = Command::Say("x".into()) else { panic!("not say") };
    println!("{} {first} {last} {msg}", sum_pairs(&[(1, Some(2)), (3, None)]));
}
