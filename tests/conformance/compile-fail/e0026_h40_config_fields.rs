#[derive(Debug, Clone, Copy)]
struct Window {
    width: u32,
    height: u32,
    fullscreen: bool,
}

#[derive(Debug, Clone, Copy)]
enum Setting {
    Display(Window),
    Volume { level: u8, muted: bool },
}

fn area(w: Window) -> u32 {
    let Window { width, heigth, .. } = w;
    width * heigth
}

fn loud(s: Setting) -> bool {
    match s {
        Setting::Volume { level, mute: false } => level > 50,
        Setting::Volume { .. } => false,
        Setting::Display(Window { fullscreen, .. }) => fullscreen,
    }
}

fn describe(s: &Setting) -> u32 {
    match s {
        Setting::Display(Window { width, height }) => width + height,
        Setting::Volume { level } => *level as u32,
    }
}

fn main() {
    let w = Window { width: 800, height: 600, fullscreen: false };
    println!("{} {} {}", area(w), loud(Setting::Volume { level: 70, muted: false }), describe(&Setting::Display(w)));
}
