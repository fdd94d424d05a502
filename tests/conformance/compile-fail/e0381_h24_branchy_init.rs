// A config loader with deferred initialisation through loops and matches.
#[derive(Debug, Clone, Copy)]
enum Source {
    File,
    Env,
    Default,
}

fn pick(src: Source, flag: bool) -> u32 {
    let port: u32;
    match src {
        Source::File => port = 8080,
        Source::Env if flag => port = 9090,
        Source::Env => {}
        Source::Default => port = 80,
    }
    port
}

fn first_even(values: &[u32]) -> u32 {
    let found: u32;
    for v in values {
        if v % 2 == 0 {
            found = *v;
            break;
        }
    }
    found
}

fn loop_init(limit: u32) -> u32 {
    let result: u32;
    let mut i = 0;
    loop {
        if i == limit {
            result = i * 2;
            break;
        }
        i += 1;
    }
    result
}

fn while_init(n: u32) -> u32 {
    let last: u32;
    let mut k = n;
    while k > 0 {
        last = k;
        k -= 1;
    }
    last
}

fn labelled(n: u32) -> u32 {
    let v: u32;
    'outer: {
        if n > 3 {
            v = n;
            break 'outer;
        }
        v = 0;
    }
    v
}

struct Window {
    w: u32,
    h: u32,
}

fn partial() -> u32 {
    let win: Window;
    win.w = 3;
    win.h
}

fn main() {
    println!("{} {} {}", pick(Source::Env, false), first_even(&[1, 4]), loop_init(3));
    println!("{} {} {}", while_init(2), labelled(5), partial());
    println!("{:?} {:?}", Source::File, Source::Default);
}
