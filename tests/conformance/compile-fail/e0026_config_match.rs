// Window settings matched with a misspelled field name.
#[derive(Clone, Copy)]
struct Window {
    width: u32,
    height: u32,
    fullscreen: bool,
}

fn describe(w: Window) -> &'static str {
    match w {
        Window { full_screen: true, .. } => "fullscreen",
        Window { width, height, .. } if width > height => "landscape",
        _ => "portrait",
    }
}

fn main() {
    let w = Window { width: 1920, height: 1080, fullscreen: false };
    println!("{}", describe(w));
}
