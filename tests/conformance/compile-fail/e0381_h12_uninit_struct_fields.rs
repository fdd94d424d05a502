// Building a settings record field by field on a binding that was never initialised.
#[derive(Debug)]
struct Settings {
    volume: u8,
    brightness: u8,
    muted: bool,
}

fn defaults(quiet: bool) -> Settings {
    let s: Settings;
    s.volume = if quiet { 10 } else { 70 };
    s.brightness = 50;
    s.muted = quiet;
    s
}

fn levels() -> [u8; 3] {
    let lv: [u8; 3];
    lv[0] = 1;
    lv[1] = 2;
    lv[2] = 3;
    lv
}

fn main() {
    println!("{:?} {:?}", defaults(true), levels());
}
