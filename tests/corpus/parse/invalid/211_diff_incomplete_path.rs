// A path left unfinished while typing: `Mode::` with no variant after it.
#[derive(Debug)]
enum Mode {
    Fast,
    Careful,
}

fn pick(retries: u32) -> Mode {
    if retries > 3 {
        return Mode::Careful;
    }
    let mode = Mode::
    let _unused = retries;
    Mode::Fast
}

fn main() {
    println!("{:?}", pick(1));
}
