#[derive(Debug, Clone)]
struct Config {
    name: u32,
    level: u8,
}

fn pick(n: u32) -> Config {
    Config { name: n, level: (n % 3) as u8 }
}

fn main() {
    let chosen: Config;
    let mut n = 0;
    let found = loop {
        n += 1;
        if n > 10 {
            break false;
        }
        if n % 4 == 0 {
            chosen = pick(n);
            break true;
        }
    };
    if found {
        println!("{:?}", chosen);
    }
    let level;
    let c = pick(5);
    match c.level {
        0 => level = 10,
        1 => level = 20,
        _ => {}
    }
    println!("{}", level);
}
