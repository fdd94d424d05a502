// Settings editor: writes through shared references and immutable statics.
#[derive(Debug, Clone, Copy)]
struct Display {
    brightness: u8,
    contrast: u8,
}

#[derive(Debug)]
struct Settings {
    display: Display,
    volume: u8,
}

static DEFAULT_VOLUME: u8 = 30;

fn dim(d: &Display) {
    d.brightness = d.brightness / 2;
}

fn mute(s: &mut Settings) {
    let view = &s.display;
    view.contrast = 0;
    s.volume = 0;
}

fn reset(s: &Settings) {
    s.display.brightness = 100;
    let inner = &mut s.volume;
    *inner = DEFAULT_VOLUME;
}

fn main() {
    let mut s = Settings { display: Display { brightness: 80, contrast: 50 }, volume: 10 };
    dim(&s.display);
    mute(&mut s);
    reset(&s);
    DEFAULT_VOLUME = 40;
    let d = s.display;
    d.contrast += 1;
    println!("{:?} {:?}", s, d);
}
